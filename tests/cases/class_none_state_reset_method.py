# case: a state attribute None in __init__, also cleared by a reset() method, first call returns early -> LAX dynamic at the first writes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DeltaTracker(nn.Cell):
    def __init__(self):
        super().__init__()
        self.last = None

    def reset(self):
        self.last = None

    def construct(self, x):
        if self.last is None:
            self.last = x
            return ops.zeros_like(x)
        delta = x - self.last
        self.last = x
        return delta


def make():
    np.random.seed(2)
    return DeltaTracker(), (Tensor(np.random.rand(4, 2).astype(np.float32)),)
