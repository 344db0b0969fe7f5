# case: a plain record object made in construct, its fields set from tensors (none_direct_read) -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossRecord:
    def __init__(self):
        self.pde = None
        self.bc = None

    def total(self, w_bc):
        return self.pde + w_bc * self.bc


class WaveLoss(nn.Cell):
    def __init__(self, w_bc=10.0):
        super().__init__()
        self.net = nn.Dense(2, 1)
        self.w_bc = w_bc

    def construct(self, xt, xt_b):
        rec = LossRecord()
        rec.pde = (self.net(xt) ** 2).mean()
        rec.bc = (self.net(xt_b) ** 2).mean()
        return rec.pde + self.w_bc * rec.bc


def make():
    np.random.seed(35)
    xt = Tensor(np.random.rand(20, 2).astype(np.float32))
    xt_b = Tensor(np.random.rand(6, 2).astype(np.float32))
    return WaveLoss(), (xt, xt_b)
