# case: debug logging of the adaptive step with print(f"...{err}") of tensor values inside construct -> Graph mode f-string of tensor (may error or print at runtime)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BogackiShampineStep(nn.Cell):
    def __init__(self, dim=3):
        super().__init__()
        self.fc = nn.Dense(dim, dim)

    def f(self, y):
        return ops.tanh(self.fc(y)) - y

    def construct(self, y, h):
        k1 = self.f(y)
        k2 = self.f(y + 0.5 * h * k1)
        k3 = self.f(y + 0.75 * h * k2)
        y3 = y + h * (2.0 / 9.0 * k1 + 1.0 / 3.0 * k2 + 4.0 / 9.0 * k3)
        k4 = self.f(y3)
        y2 = y + h * (7.0 / 24.0 * k1 + 0.25 * k2 + 1.0 / 3.0 * k3 + 0.125 * k4)
        err = ops.reduce_max(ops.abs(y3 - y2))
        print(f"step h={h} err={err}")
        return y3, err


def make():
    np.random.seed(12)
    y = Tensor(np.random.randn(4, 3).astype(np.float32))
    return BogackiShampineStep(), (y, Tensor(0.1, ms.float32))
