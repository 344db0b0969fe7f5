# case: stiffness indicator from the diagonal Jacobian estimate chooses per-component between explicit and implicit Euler updates via ops.where -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiagonalStiffStep(nn.Cell):
    def __init__(self, dim=5, stiff_limit=2.0):
        super().__init__()
        self.log_rates = ms.Parameter(Tensor(np.linspace(-1, 5, dim).astype(np.float32)), name="log_rates")
        self.forcing = nn.Dense(dim, dim)
        self.stiff_limit = stiff_limit

    def construct(self, y, h):
        lam = ops.exp(self.log_rates)
        g = self.forcing(y)
        stiff = h * lam > self.stiff_limit
        explicit = y + h * (-lam * y + g)
        implicit = (y + h * g) / (1.0 + h * lam)
        y_new = ops.where(stiff, implicit, explicit)
        n_stiff = stiff.astype(ms.int32).sum()
        return y_new, n_stiff


def make():
    np.random.seed(35)
    y = Tensor(np.random.randn(4, 5).astype(np.float32))
    return DiagonalStiffStep(), (y, Tensor(0.05, ms.float32))
