# case: a state attribute None in __init__, set on the first call without returning: every write in construct is compiled -> LAX dynamic at the writes, STRICT error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EmaSmoother(nn.Cell):
    def __init__(self, alpha=0.5):
        super().__init__()
        self.alpha = alpha
        self.prev = None

    def construct(self, x):
        if self.prev is None:
            self.prev = x
        out = self.alpha * x + (1 - self.alpha) * self.prev
        self.prev = out
        return out


def make():
    np.random.seed(2)
    return EmaSmoother(), (Tensor(np.random.rand(4, 2).astype(np.float32)),)
