# case: loss Cell collects the PDE, BC and IC terms in a dict with fixed string keys and sums them with constructor weights in a constant loop -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


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
        self.weights = {"pde": 1.0, "bc": w_bc, "ic": w_ic}
        self.keys = ("pde", "bc", "ic")

    def construct(self, xt, xt_b, xt_0, u_0):
        terms = {}
        terms["pde"] = (self.u(xt) ** 2).mean()
        terms["bc"] = (self.u(xt_b) ** 2).mean()
        terms["ic"] = ((self.u(xt_0) - u_0) ** 2).mean()
        total = 0.0
        for k in self.keys:
            total = total + self.weights[k] * terms[k]
        return total, terms["pde"], terms["bc"], terms["ic"]


def make():
    np.random.seed(36)
    xt = Tensor(np.random.rand(20, 2).astype(np.float32))
    xt_b = Tensor(np.random.rand(6, 2).astype(np.float32))
    xt_0 = Tensor(np.random.rand(6, 2).astype(np.float32))
    u_0 = Tensor(np.random.rand(6, 1).astype(np.float32))
    return WaveLoss(), (xt, xt_b, xt_0, u_0)
