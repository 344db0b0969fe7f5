# case: jit_class history object from __init__ with a Tensor field overwritten in construct (self.hist.last = ...); LAX accepts it statically, STRICT fails
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class History:
    def __init__(self, dim):
        self.last = Tensor(np.zeros((1, dim), np.float32))
        self.momentum = 0.9


class EMAFeature(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.hist = History(dim)
        self.fc = nn.Dense(dim, dim)

    def construct(self, x):
        y = self.fc(x).mean(axis=0, keep_dims=True)
        m = self.hist.momentum
        self.hist.last = m * self.hist.last + (1 - m) * y
        return x - self.hist.last


def make():
    return EMAFeature(), (Tensor(np.random.randn(3, 4).astype(np.float32)),)
