# case: multi-head continual model picks the head by a tensor task id, heads have different class counts -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiHeadLearner(nn.Cell):
    def __init__(self, in_dim=6, hidden=8, classes_per_task=(2, 3, 5)):
        super().__init__()
        self.trunk = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.ReLU()])
        self.heads = nn.CellList([nn.Dense(hidden, c) for c in classes_per_task])
        self.num_tasks = len(classes_per_task)

    def route(self, h, task_id):
        if task_id == 0:
            out = self.heads[0](h)
        elif task_id == 1:
            out = self.heads[1](h)
        else:
            out = self.heads[2](h)
        return out

    def construct(self, x, task_id):
        h = self.trunk(x)
        logits = self.route(h, task_id)
        return ops.softmax(logits, axis=-1)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(3, 6).astype(np.float32))
    return MultiHeadLearner(), (x, Tensor(1, ms.int32))
