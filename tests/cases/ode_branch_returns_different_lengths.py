# case: tensor if on the error estimate returns one refined state on rejection but two sub-step states (concatenated) on acceptance -> branches with different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SubstepField(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.fc = nn.Dense(dim, dim)

    def construct(self, y):
        return ops.tanh(self.fc(y))


class SplitOrStep(nn.Cell):
    def __init__(self, tol=0.05):
        super().__init__()
        self.f = SubstepField()
        self.tol = tol

    def construct(self, y, h):
        y_full = y + h * self.f(y)
        y_mid = y + 0.5 * h * self.f(y)
        y_two = y_mid + 0.5 * h * self.f(y_mid)
        err = ops.reduce_max(ops.abs(y_full - y_two))
        if err > self.tol:
            out = ops.concat((y_mid, y_two), axis=0)
        else:
            out = y_full
        return out


def make():
    np.random.seed(14)
    y = Tensor(np.random.randn(2, 4).astype(np.float32))
    return SplitOrStep(), (y, Tensor(0.3, ms.float32))
