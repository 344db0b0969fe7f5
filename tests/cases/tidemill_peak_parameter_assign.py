# case: turbine monitor keeps the latest peak power in a non-trainable Parameter updated with ops.assign -> supported state update, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PowerCurve(nn.Cell):
    def __init__(self, rated_kw=500.0, cut_in=0.7, rated_speed=2.5):
        super().__init__()
        self.rated_kw = rated_kw
        self.cut_in = cut_in
        self.rated_speed = rated_speed

    def construct(self, speed):
        frac = ops.clamp((speed - self.cut_in) / (self.rated_speed - self.cut_in), 0.0, 1.0)
        return self.rated_kw * frac ** 3


class TurbineMonitorParam(nn.Cell):
    def __init__(self):
        super().__init__()
        self.curve = PowerCurve()
        self.last_peak = Parameter(Tensor(0.0, ms.float32), name="last_peak", requires_grad=False)

    def construct(self, current_speed):
        power = self.curve(current_speed)
        ops.assign(self.last_peak, power.max())
        return power.mean(), self.last_peak


def make():
    np.random.seed(3296)
    speed = np.abs(2.2 * np.sin(np.linspace(0, 2 * np.pi, 60)) + np.random.randn(60) * 0.1)
    return TurbineMonitorParam(), (Tensor(speed.astype(np.float32)),)
