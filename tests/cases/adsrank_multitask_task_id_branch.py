# case: multi-task serving picks the CTR head (B,1 logits) or the multi-class dwell-time head (B,4) by a task id tensor -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TaskRoutedHead(nn.Cell):
    def __init__(self, in_dim=6, hidden=8, dwell_bins=4):
        super().__init__()
        self.trunk = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.ReLU()])
        self.ctr_head = nn.Dense(hidden, 1)
        self.dwell_head = nn.Dense(hidden, dwell_bins)

    def _route(self, h, task_id):
        if task_id == 0:
            out = ops.sigmoid(self.ctr_head(h))
        else:
            out = ops.softmax(self.dwell_head(h), axis=-1)
        return out

    def construct(self, x, task_id):
        h = self.trunk(x)
        return self._route(h, task_id)


def make():
    np.random.seed(12)
    x = Tensor(np.random.randn(3, 6).astype(np.float32))
    task_id = Tensor(0, ms.int32)
    return TaskRoutedHead(), (x, task_id)
