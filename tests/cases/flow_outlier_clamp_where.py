# case: latent tail NLL computed with ops.where to zero out entries with |z| <= 3 instead of boolean indexing, keeping the full static shape -> static graph compiles fine
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RadialFlow(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.z0 = ms.Parameter(Tensor(np.zeros((1, dim), np.float32)), name="z0")
        self.log_alpha = ms.Parameter(Tensor(np.array([0.0], np.float32)), name="log_alpha")
        self.beta = ms.Parameter(Tensor(np.array([0.5], np.float32)), name="beta")
        self.dim = dim

    def construct(self, x):
        alpha = ops.exp(self.log_alpha)
        diff = x - self.z0
        r = ops.norm(diff, dim=1, keepdim=True)
        h = 1.0 / (alpha + r)
        z = x + self.beta * h * diff
        bh = self.beta * h
        logdet = (self.dim - 1) * ops.log(1 + bh) + ops.log(1 + bh - self.beta * r * h * h)
        return z, logdet.squeeze(-1)


class TailNLLWhere(nn.Cell):
    def __init__(self, dim, cutoff=3.0):
        super().__init__()
        self.flow = RadialFlow(dim)
        self.cutoff = cutoff
        self.c = 0.5 * math.log(2 * math.pi)

    def construct(self, x):
        z, logdet = self.flow(x)
        nll = 0.5 * z ** 2 + self.c
        tail = ops.where(ops.abs(z) > self.cutoff, nll, ops.zeros_like(nll))
        return tail.sum() - logdet.sum()


def make():
    np.random.seed(32)
    x = Tensor((np.random.randn(8, 4) * 2.5).astype(np.float32))
    return TailNLLWhere(4), (x,)
