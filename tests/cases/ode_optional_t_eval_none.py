# case: ODE solver Cell with optional t_eval argument tested with `is None`; default returns only the final state -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SimpleField(nn.Cell):
    def __init__(self, dim=3):
        super().__init__()
        self.fc = nn.Dense(dim, dim)

    def construct(self, y):
        return ops.tanh(self.fc(y))


class EulerSolver(nn.Cell):
    def __init__(self, n_steps=8, t1=1.0):
        super().__init__()
        self.f = SimpleField()
        self.n_steps = n_steps
        self.h = t1 / n_steps

    def construct(self, y0, t_eval=None):
        y = y0
        ys = []
        for _ in range(self.n_steps):
            y = y + self.h * self.f(y)
            ys.append(y)
        if t_eval is None:
            return y
        traj = ops.stack(ys)  # (n_steps, B, dim)
        idx = ops.clamp(ops.round(t_eval / self.h).astype(ms.int32) - 1, 0, self.n_steps - 1)
        return ops.gather(traj, idx, 0)


def make():
    np.random.seed(37)
    y0 = Tensor(np.random.randn(2, 3).astype(np.float32))
    return EulerSolver(), (y0, None)
