# case: neural ODE rollout records times at which a population state exceeds a threshold using masked_select -> dynamic output shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GrowthRate(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(1, hidden), nn.Tanh(), nn.Dense(hidden, 1))

    def construct(self, y):
        return y * (1.0 - y) + 0.05 * self.net(y)


class ThresholdMonitor(nn.Cell):
    def __init__(self, steps=30, dt=0.2, threshold=0.6):
        super().__init__()
        self.rate = GrowthRate()
        self.steps = steps
        self.dt = dt
        self.threshold = threshold
        self.times = Tensor(np.arange(1, steps + 1, dtype=np.float32) * dt)

    def construct(self, y0):
        y = y0
        values = []
        for _ in range(self.steps):
            y = y + self.dt * self.rate(y)
            values.append(y[0, 0])
        values = ops.stack(values)
        above = values > self.threshold
        return ops.masked_select(self.times, above)


def make():
    np.random.seed(2)
    y0 = Tensor(np.full((1, 1), 0.1, dtype=np.float32))
    return ThresholdMonitor(), (y0,)
