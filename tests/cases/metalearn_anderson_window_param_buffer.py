# case: Anderson-accelerated fixed-point layer with a fixed-size history window kept in Parameters and written with ops.assign -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AndersonFixedPoint(nn.Cell):
    def __init__(self, dim=6, window=3, n_iter=6, beta=1.0, lam=1e-4):
        super().__init__()
        self.f = nn.SequentialCell(nn.Dense(dim, dim), nn.Tanh())
        self.window, self.n_iter, self.beta, self.lam = window, n_iter, beta, lam
        self.X = ms.Parameter(Tensor(np.zeros((window, dim), np.float32)), name="X", requires_grad=False)
        self.F = ms.Parameter(Tensor(np.zeros((window, dim), np.float32)), name="F", requires_grad=False)

    def mix(self, k):
        m = min(k + 1, self.window)
        G = self.F[:m] - self.X[:m]
        H = ops.matmul(G, G.T) + self.lam * ops.eye(m, m, ms.float32)
        alpha = ops.matmul(ops.inverse(H), ops.ones((m, 1), ms.float32))
        alpha = alpha / alpha.sum()
        return (alpha * (self.beta * self.F[:m] + (1 - self.beta) * self.X[:m])).sum(axis=0)

    def construct(self, x):
        z = x
        for k in range(self.n_iter):
            fz = self.f(z + x)
            slot = Tensor([k % self.window], ms.int32)
            ops.scatter_update(self.X, slot, z.expand_dims(0))
            ops.scatter_update(self.F, slot, fz.expand_dims(0))
            z = self.mix(k) if k > 0 else fz
        return z


def make():
    np.random.seed(38)
    layer = AndersonFixedPoint()
    x = Tensor(np.random.randn(6).astype(np.float32))
    return layer, (x,)
