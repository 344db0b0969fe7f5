# case: drag coefficient from balance force, appending a transition correction term only above a critical Reynolds number read from the run tensor -> if on tensor value with branches returning different shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DragCoefficient(nn.Cell):
    def __init__(self, rho=1.225, area=0.04, re_crit=5e5):
        super().__init__()
        self.rho = rho
        self.area = area
        self.re_crit = re_crit

    def dynamic_pressure(self, v):
        return 0.5 * self.rho * v * v

    def construct(self, fx, v_inf, reynolds):
        cd = fx / (self.dynamic_pressure(v_inf) * self.area)
        if reynolds > self.re_crit:
            correction = 0.074 * ops.pow(reynolds, -0.2) - 1328.0 / reynolds
            out = ops.concat((cd, correction.reshape(1)))
        else:
            out = cd
        return out


def make():
    np.random.seed(61)
    fx = (2.0 + 0.1 * np.random.randn(16)).astype(np.float32)
    return DragCoefficient(), (Tensor(fx), Tensor(np.float32(25.0)), Tensor(np.float32(6.8e5)))
