# case: avalanche risk uses int() of a tensor-derived storm duration as the length of a zero-padded window -> int of tensor used as a size, error in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StormWindowRisk(nn.Cell):
    def __init__(self, hours_per_step=3.0):
        super().__init__()
        self.hours_per_step = hours_per_step
        self.dense = nn.Dense(1, 1)

    def construct(self, snowfall, storm_hours):
        steps = int(storm_hours / self.hours_per_step)
        pad = ops.zeros((steps,), ms.float32)
        series = ops.concat((pad, snowfall))
        load = series.sum().reshape(1, 1)
        return ops.sigmoid(self.dense(load))


def make():
    np.random.seed(3)
    snow = Tensor(np.random.uniform(0, 5, size=(8,)).astype(np.float32))
    hours = Tensor(np.array(12.0, dtype=np.float32))
    return StormWindowRisk(), (snow, hours)
