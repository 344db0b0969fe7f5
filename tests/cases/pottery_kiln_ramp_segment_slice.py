# case: cut the kiln temperature log at the number of readings already above the bisque threshold (count taken from tensor values) -> dynamic shape / error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RampSegmentStats(nn.Cell):
    def __init__(self, bisque_c=900.0):
        super().__init__()
        self.bisque_c = bisque_c

    def hot_count(self, temps):
        return (temps > self.bisque_c).astype(ms.int32).sum()

    def construct(self, temps):
        n = self.hot_count(temps)
        early = temps[:n]
        ramp = early[1:] - early[:-1]
        return ramp.mean(), early.max()


def make():
    np.random.seed(0)
    temps = np.sort(np.random.uniform(600.0, 1250.0, size=(24,))).astype(np.float32)[::-1].copy()
    return RampSegmentStats(), (Tensor(temps),)
