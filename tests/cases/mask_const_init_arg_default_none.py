# case: an __init__ argument defaulting to None that the build passes a Tensor, compared and used as the index: dynamic at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class D(nn.Cell):
    def __init__(self, land_sea_mask=None):
        super().__init__()
        self.lsm = land_sea_mask

    def construct(self, err):
        sel = err[self.lsm < 0.5]
        return sel.mean()


def make():
    return D(land_sea_mask=Tensor(np.random.rand(4, 4).astype(np.float32))), (Tensor(np.ones((4, 4), np.float32)),)
