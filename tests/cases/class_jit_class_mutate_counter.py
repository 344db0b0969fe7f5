# case: training utility keeps a @ms.jit_class running-stats object on the cell and assigns to its tensor field in construct; expect error at STRICT, static at LAX
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RunningStats:
    def __init__(self):
        self.total = Tensor(0.0, ms.float32)
        self.momentum = 0.9


class TrackedLoss(nn.Cell):
    def __init__(self):
        super().__init__()
        self.stats = RunningStats()
        self.loss = nn.MSELoss()

    def construct(self, pred, target):
        l = self.loss(pred, target)
        self.stats.total = self.stats.total * self.stats.momentum + l
        return l, self.stats.total


def make():
    p = Tensor(np.ones((4, 3), np.float32))
    t = Tensor(np.zeros((4, 3), np.float32))
    return TrackedLoss(), (p, t)
