# case: implicit layer solved by a while loop on a tensor residual and a max-iteration counter, loop-carried shapes unchanged -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ImplicitTanhLayer(nn.Cell):
    def __init__(self, dim=8, max_iter=25, tol=1e-4, damping=0.7):
        super().__init__()
        self.W = nn.Dense(dim, dim, has_bias=False)
        self.U = nn.Dense(dim, dim)
        self.max_iter = max_iter
        self.tol = tol
        self.damping = damping

    def g(self, z, x):
        return ops.tanh(0.4 * self.W(z) + self.U(x))

    def construct(self, x):
        z = ops.zeros_like(x)
        residual = Tensor(1.0, ms.float32)
        it = Tensor(0, ms.int32)
        while residual > self.tol and it < self.max_iter:
            z_next = self.damping * self.g(z, x) + (1 - self.damping) * z
            residual = ops.norm(z_next - z)
            z = z_next
            it = it + 1
        return self.g(z, x), it


def make():
    np.random.seed(25)
    layer = ImplicitTanhLayer()
    x = Tensor(np.random.randn(2, 8).astype(np.float32))
    return layer, (x,)
