# case: PINN loss that records residual statistics in an @ms.jit_class tracker created and mutated inside construct -> compile error at line 34
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ResidualTracker:
    def __init__(self):
        self.total = 0.0
        self.count = 0

    def update(self, r):
        self.total = self.total + ops.square(r).sum()
        self.count = self.count + r.shape[0]

    def mean(self):
        return self.total / self.count


class AdvectionPINN(nn.Cell):
    def __init__(self, speed=1.0, hidden=24):
        super().__init__()
        self.speed = speed
        self.net = nn.SequentialCell([nn.Dense(2, hidden), nn.Tanh(), nn.Dense(hidden, 1)])
        self.grad = ops.GradOperation()

    def u_sum(self, xt):
        return self.net(xt).sum()

    def construct(self, interior, initial, u0):
        tracker = ResidualTracker()
        du = self.grad(self.u_sum)(interior)
        tracker.update(du[:, 1] + self.speed * du[:, 0])
        tracker.update(self.net(initial).squeeze(-1) - u0)
        return tracker.mean(), tracker


def make():
    np.random.seed(23)
    interior = Tensor(np.random.rand(32, 2).astype(np.float32))
    x0 = np.random.rand(8, 1).astype(np.float32)
    initial = Tensor(np.concatenate([x0, np.zeros_like(x0)], 1))
    u0 = Tensor(np.sin(2 * np.pi * x0[:, 0]).astype(np.float32))
    return AdvectionPINN(), (interior, initial, u0)
