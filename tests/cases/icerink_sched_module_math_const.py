# case: ice-time booking demand with a daily cosine cycle, pi taken from the module-level math import and hours as a tensor -> compiles statically
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TWO_PI_PER_DAY = 2.0 * math.pi / 24.0


class BookingDemandCycle(nn.Cell):
    def __init__(self, peak_hour=19.0, floor=0.4):
        super().__init__()
        self.peak_hour = peak_hour
        self.floor = floor

    def construct(self, hour, base_demand):
        phase = (hour - self.peak_hour) * TWO_PI_PER_DAY
        cycle = 0.5 * (1.0 + ops.cos(phase))
        demand = base_demand * (self.floor + (1.0 - self.floor) * cycle)
        return demand, demand.sum()


def make():
    np.random.seed(3150)
    hours = np.arange(6, 24, dtype=np.float32)
    base = np.random.uniform(50, 150, size=hours.shape).astype(np.float32)
    return BookingDemandCycle(), (Tensor(hours), Tensor(base))
