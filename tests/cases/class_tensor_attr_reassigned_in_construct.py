# case: a Tensor attribute (not a Parameter) set in __init__ and reassigned in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Rotary(nn.Cell):
    def __init__(self):
        super().__init__()
        self.inv_freq = Tensor(np.ones((3,), np.float32))

    def construct(self, x):
        inv_freq = 1.0 / (x.max() + ops.arange(3).astype(ms.float32))
        self.inv_freq = inv_freq
        return x * self.inv_freq


def make():
    return Rotary(), (Tensor(np.random.randn(2, 3).astype(np.float32)),)
