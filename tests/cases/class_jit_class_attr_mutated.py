# case: construct assigns a new tensor to an attribute of a @ms.jit_class object held by the cell; LAX compiles it statically while STRICT fails with an internal 'Unknown type: MsClassType' error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RunningStats:
    def __init__(self):
        self.mean = Tensor(np.zeros(3, np.float32))
        self.momentum = 0.9


class Tracker(nn.Cell):
    def __init__(self):
        super().__init__()
        self.stats = RunningStats()

    def construct(self, x):
        batch_mean = x.mean(axis=0)
        self.stats.mean = self.stats.momentum * self.stats.mean + (1 - self.stats.momentum) * batch_mean
        return x - self.stats.mean


def make():
    return Tracker(), (Tensor(np.random.randn(4, 3).astype(np.float32)),)
