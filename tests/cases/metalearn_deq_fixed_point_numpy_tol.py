# case: DEQ-style implicit layer iterating z = f(z, x) and stopping when a NumPy norm of .asnumpy() falls below tol -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ContractiveCell(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.lin_z = nn.Dense(dim, dim, has_bias=False)
        self.lin_x = nn.Dense(dim, dim)

    def construct(self, z, x):
        return ops.tanh(0.5 * self.lin_z(z) + self.lin_x(x))


class DEQLayer(nn.Cell):
    def __init__(self, dim=8, max_iter=30, tol=1e-4):
        super().__init__()
        self.f = ContractiveCell(dim)
        self.max_iter = max_iter
        self.tol = tol

    def solve(self, x):
        z = ops.zeros_like(x)
        for _ in range(self.max_iter):
            z_next = self.f(z, x)
            diff = np.linalg.norm((z_next - z).asnumpy())
            z = z_next
            if diff < self.tol:
                break
        return z

    def construct(self, x):
        z_star = self.solve(x)
        return self.f(z_star, x)


def make():
    np.random.seed(4)
    layer = DEQLayer()
    x = Tensor(np.random.randn(4, 8).astype(np.float32))
    return layer, (x,)
