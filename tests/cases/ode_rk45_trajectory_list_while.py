# case: adaptive RK2/3 integrator grows a Python list of states in a while loop until t reaches t_end, then stacks it -> Graph mode fails or goes dynamic (list length depends on tensor loop)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VectorField(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.lin = nn.Dense(dim, dim)

    def construct(self, t, y):
        return ops.tanh(self.lin(y)) - 0.1 * y


class AdaptiveSolver(nn.Cell):
    def __init__(self, dim=4, rtol=1e-2):
        super().__init__()
        self.f = VectorField(dim)
        self.rtol = rtol

    def construct(self, y0, t_end):
        t = Tensor(0.0, ms.float32)
        h = Tensor(0.1, ms.float32)
        y = y0
        traj = [y0]
        while t < t_end:
            k1 = self.f(t, y)
            k2 = self.f(t + h, y + h * k1)
            y_low = y + h * k1
            y_high = y + 0.5 * h * (k1 + k2)
            err = ops.reduce_max(ops.abs(y_high - y_low))
            if err < self.rtol:
                t = t + h
                y = y_high
                traj.append(y)
            h = h * ops.clamp(0.9 * ops.sqrt(self.rtol / (err + 1e-8)), 0.2, 5.0)
        return ops.stack(traj)


def make():
    np.random.seed(0)
    y0 = Tensor(np.random.randn(2, 4).astype(np.float32))
    return AdaptiveSolver(), (y0, Tensor(1.0, ms.float32))
