# case: stiffness check computes ratio of max/min diagonal decay rates and converts with float() to choose implicit or explicit step -> Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LinearSystem(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        rates = np.array([1.0, 5.0, 50.0, 400.0][:dim], dtype=np.float32)
        self.rates = ms.Parameter(Tensor(rates), name="rates")

    def construct(self, y):
        return -self.rates * y


class StiffAwareStep(nn.Cell):
    def __init__(self, stiff_threshold=100.0):
        super().__init__()
        self.sys = LinearSystem()
        self.stiff_threshold = stiff_threshold

    def stiffness_ratio(self):
        r = ops.abs(self.sys.rates)
        return float(r.max() / r.min())

    def construct(self, y, h):
        if self.stiffness_ratio() > self.stiff_threshold:
            # implicit Euler for diagonal linear system
            return y / (1.0 + h * self.sys.rates)
        return y + h * self.sys(y)


def make():
    np.random.seed(6)
    y = Tensor(np.random.rand(2, 4).astype(np.float32))
    return StiffAwareStep(), (y, Tensor(0.01, ms.float32))
