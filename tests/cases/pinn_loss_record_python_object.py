# case: loss Cell builds a plain Python LossRecord object in construct, fills its fields with tensors and returns it -> custom Python object created and returned in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossRecord:
    def __init__(self):
        self.pde = None
        self.bc = None
        self.ic = None

    def total(self, w_bc, w_ic):
        return self.pde + w_bc * self.bc + w_ic * self.ic


class WaveNet(nn.Cell):
    def __init__(self, width=16):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(2, width), nn.Tanh(), nn.Dense(width, 1))

    def construct(self, xt):
        return self.net(xt)


class WaveLoss(nn.Cell):
    def __init__(self, w_bc=10.0, w_ic=10.0):
        super().__init__()
        self.u = WaveNet()
        self.w_bc = w_bc
        self.w_ic = w_ic

    def construct(self, xt, xt_b, xt_0, u_0):
        rec = LossRecord()
        rec.pde = (self.u(xt) ** 2).mean()
        rec.bc = (self.u(xt_b) ** 2).mean()
        rec.ic = ((self.u(xt_0) - u_0) ** 2).mean()
        return rec.total(self.w_bc, self.w_ic), rec


def make():
    np.random.seed(35)
    xt = Tensor(np.random.rand(20, 2).astype(np.float32))
    xt_b = Tensor(np.random.rand(6, 2).astype(np.float32))
    xt_0 = Tensor(np.random.rand(6, 2).astype(np.float32))
    u_0 = Tensor(np.random.rand(6, 1).astype(np.float32))
    return WaveLoss(), (xt, xt_b, xt_0, u_0)
