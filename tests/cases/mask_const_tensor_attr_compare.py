# case: a comparison of a float Tensor kept by __init__ as the whole index: dynamic at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class C(nn.Cell):
    def __init__(self):
        super().__init__()
        self.lsm = Tensor(np.random.rand(4, 4).astype(np.float32))

    def construct(self, err):
        sel = err[self.lsm < 0.5]
        return sel.mean()


def make():
    return C(), (Tensor(np.ones((4, 4), np.float32)),)
