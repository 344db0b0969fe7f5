# case: chiller residual detector returns indices of time steps whose residual exceeds a threshold via ops.nonzero -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidualModel(nn.Cell):
    def __init__(self, n_sensors):
        super().__init__()
        self.proj = nn.Dense(n_sensors, n_sensors)

    def construct(self, x):
        return x - self.proj(x)


class ChillerAlarmDetector(nn.Cell):
    def __init__(self, n_sensors=5, threshold=1.5):
        super().__init__()
        self.residual = ResidualModel(n_sensors)
        self.threshold = threshold

    def construct(self, readings):
        r = self.residual(readings)
        score = ops.sqrt((r * r).sum(axis=1))
        alarm_steps = ops.nonzero(score > self.threshold)
        return alarm_steps.squeeze(-1), score


def make():
    np.random.seed(3)
    net = ChillerAlarmDetector()
    readings = Tensor(np.random.randn(24, 5).astype(np.float32) * 2.0)
    return net, (readings,)
