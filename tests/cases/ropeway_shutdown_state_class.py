# case: the gust shutdown logic keeps a jit_class status object and increments its trip counter inside construct -> mutating a jit_class attribute in construct, Graph mode likely error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class LineStatus:
    def __init__(self):
        self.trips = 0
        self.limit_ms = 20.0


class GustTripLogic(nn.Cell):
    def __init__(self):
        super().__init__()
        self.status = LineStatus()
        self.smooth = nn.AvgPool1d(kernel_size=3, stride=1)

    def construct(self, gusts):
        # gusts: (1, towers, samples)
        smoothed = self.smooth(gusts)
        peak = smoothed.max()
        self.status.trips = self.status.trips + 1
        trip = (peak > self.status.limit_ms).astype(ms.float32)
        return trip, self.status.trips


def make():
    np.random.seed(12)
    g = np.abs(14 + 6 * np.random.randn(1, 5, 40)).astype(np.float32)
    return GustTripLogic(), (Tensor(g),)
