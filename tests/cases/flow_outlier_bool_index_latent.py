# case: computing the negative log-likelihood only over latent entries with |z| > 3 using boolean-mask indexing z[mask] -> dynamic-shape boolean indexing in graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlanarFlow(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.u = ms.Parameter(Tensor(0.1 * np.random.randn(1, dim).astype(np.float32)), name="u")
        self.w = ms.Parameter(Tensor(0.1 * np.random.randn(dim, 1).astype(np.float32)), name="w")
        self.b = ms.Parameter(Tensor(np.zeros((1,), np.float32)), name="b")

    def construct(self, x):
        lin = ops.matmul(x, self.w) + self.b
        z = x + self.u * ops.tanh(lin)
        psi = (1 - ops.tanh(lin) ** 2) * self.w.T
        logdet = ops.log(ops.abs(1 + ops.matmul(psi, self.u.T)) + 1e-6).squeeze(-1)
        return z, logdet


class TailNLL(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.flow = PlanarFlow(dim)
        self.half_log2pi = 0.5 * math.log(2 * math.pi)

    def construct(self, x):
        z, logdet = self.flow(x)
        tail = z[ops.abs(z) > 3.0]
        tail_nll = (0.5 * tail ** 2 + self.half_log2pi).sum()
        return tail_nll - logdet.sum()


def make():
    np.random.seed(23)
    x = Tensor((np.random.randn(8, 4) * 2.5).astype(np.float32))
    return TailNLL(4), (x,)
