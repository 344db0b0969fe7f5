# case: diffusion noise schedule as an @ms.jit_class with tensor tables, created in __init__ and queried by methods in construct; expect static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class CosineSchedule:
    def __init__(self, steps):
        t = np.linspace(0, 1, steps + 1)
        alpha_bar = np.cos((t + 0.008) / 1.008 * np.pi / 2) ** 2
        self.alpha_bar = Tensor(alpha_bar.astype(np.float32))

    def sqrt_ab(self, t):
        return ops.sqrt(ops.gather(self.alpha_bar, t, 0))

    def sqrt_1m_ab(self, t):
        return ops.sqrt(1.0 - ops.gather(self.alpha_bar, t, 0))


class Net(nn.Cell):
    def __init__(self, dim=4, steps=20):
        super().__init__()
        self.schedule = CosineSchedule(steps)
        self.eps = nn.Dense(dim, dim)

    def construct(self, x0, noise, t):
        a = self.schedule.sqrt_ab(t).view(-1, 1)
        b = self.schedule.sqrt_1m_ab(t).view(-1, 1)
        xt = a * x0 + b * noise
        return ((self.eps(xt) - noise) ** 2).mean()


def make():
    x0 = Tensor(np.random.randn(3, 4).astype(np.float32))
    noise = Tensor(np.random.randn(3, 4).astype(np.float32))
    t = Tensor(np.array([1, 5, 12], np.int32))
    return Net(), (x0, noise, t)
