# case: extract the deceleration values during hard-braking events with ops.masked_select and average them -> masked_select output length depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BrakingAnalyzer(nn.Cell):
    def __init__(self, hard_brake=-3.0, dt=0.1):
        super().__init__()
        self.hard_brake = hard_brake
        self.dt = dt

    def decel(self, speed):
        return (speed[1:] - speed[:-1]) / self.dt

    def construct(self, speed):
        a = self.decel(speed)
        hard = a < self.hard_brake
        hard_vals = ops.masked_select(a, hard)
        return hard_vals.mean(), hard.astype(ms.float32).sum()


def make():
    np.random.seed(161)
    speed = np.cumsum(np.random.normal(0, 0.3, 400)).astype(np.float32) + 25.0
    speed[200:210] -= np.linspace(0, 8, 10).astype(np.float32)
    return BrakingAnalyzer(), (Tensor(speed),)
