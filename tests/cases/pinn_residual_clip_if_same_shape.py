# case: residual Cell rescales the residual vector when its max exceeds a tensor threshold, both branches keeping the same shape -> tensor-valued if with matching shapes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReactionDiffusion(nn.Cell):
    def __init__(self, width=16, rho=5.0):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(2, width), nn.Tanh(), nn.Dense(width, 1))
        self.rho = rho

    def construct(self, xt):
        u = self.net(xt)
        return self.rho * u * (1.0 - u)


class ClippedResidualLoss(nn.Cell):
    def __init__(self):
        super().__init__()
        self.pde = ReactionDiffusion()

    def construct(self, xt, clip):
        r = self.pde(xt)
        r_max = ops.abs(r).max()
        if r_max > clip:
            r = r * (clip / r_max)
        else:
            r = r * 1.0
        return (r ** 2).mean()


def make():
    np.random.seed(38)
    xt = Tensor(np.random.rand(24, 2).astype(np.float32))
    return ClippedResidualLoss(), (xt, Tensor(0.1, ms.float32))
