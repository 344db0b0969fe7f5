# case: multi-task ranker packs CTR/CVR predictions into a plain Python record class (no jit_class) built inside a helper and calls its method -> compile error at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TaskPredictions:
    def __init__(self, ctr, cvr, gate):
        self.ctr = ctr
        self.cvr = cvr
        self.gate = gate

    def ctcvr(self):
        return self.ctr * self.cvr


class GatedMultiTaskRanker(nn.Cell):
    def __init__(self, in_dim=6, hidden=8):
        super().__init__()
        self.shared = nn.Dense(in_dim, hidden)
        self.task_gate = nn.Dense(in_dim, 2)
        self.ctr_head = nn.Dense(hidden, 1)
        self.cvr_head = nn.Dense(hidden, 1)

    def _heads(self, x):
        h = ops.relu(self.shared(x))
        gate = ops.softmax(self.task_gate(x), axis=-1)
        ctr = ops.sigmoid(self.ctr_head(h * gate[:, 0:1])).squeeze(-1)
        cvr = ops.sigmoid(self.cvr_head(h * gate[:, 1:2])).squeeze(-1)
        return TaskPredictions(ctr, cvr, gate)

    def construct(self, x):
        preds = self._heads(x)
        return preds.ctcvr(), preds.gate


def make():
    np.random.seed(11)
    x = Tensor(np.random.randn(3, 6).astype(np.float32))
    return GatedMultiTaskRanker(), (x,)
