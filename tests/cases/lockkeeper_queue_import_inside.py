# case: schedule boats with an exponential wait penalty, importing math inside construct to get the e constant -> import statement in construct, expect rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WaitPenalty(nn.Cell):
    def __init__(self, tau_min=45.0):
        super().__init__()
        self.tau = tau_min

    def construct(self, waits):
        import math
        penalty = ops.pow(math.e, waits / self.tau) - 1.0
        return penalty.sum()


def make():
    np.random.seed(171)
    w = np.random.uniform(0, 90, size=(11,)).astype(np.float32)
    return WaitPenalty(), (Tensor(w),)
