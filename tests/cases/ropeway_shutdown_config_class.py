# case: the gust shutdown logic reads limits from a jit_class config object inside construct without modifying it -> read-only jit_class attributes, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class GustLimits:
    def __init__(self, slow_ms=15.0, stop_ms=20.0):
        self.slow_ms = slow_ms
        self.stop_ms = stop_ms


class GustTripLogic(nn.Cell):
    def __init__(self):
        super().__init__()
        self.limits = GustLimits()
        self.smooth = nn.AvgPool1d(kernel_size=3, stride=1)

    def construct(self, gusts):
        smoothed = self.smooth(gusts)
        peak = smoothed.max(axis=-1)
        slow = (peak > self.limits.slow_ms).astype(ms.float32)
        stop = (peak > self.limits.stop_ms).astype(ms.float32)
        return slow.max(), stop.max()


def make():
    np.random.seed(12)
    g = np.abs(14 + 6 * np.random.randn(1, 5, 40)).astype(np.float32)
    return GustTripLogic(), (Tensor(g),)
