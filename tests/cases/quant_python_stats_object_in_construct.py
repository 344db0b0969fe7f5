# case: a plain Python CalibStats helper object is created and mutated in construct to accumulate min/max and returned -> error (custom class instance in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CalibStats:
    def __init__(self):
        self.mins = []
        self.maxs = []

    def update(self, x):
        self.mins.append(ops.amin(x))
        self.maxs.append(ops.amax(x))
        return self


class LayerwiseCalibrator(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Dense(8, 8)
        self.fc2 = nn.Dense(8, 4)

    def construct(self, x):
        stats = CalibStats()
        h = ops.relu(self.fc1(x))
        stats.update(h)
        out = self.fc2(h)
        stats.update(out)
        return out, stats


def make():
    np.random.seed(36)
    x = Tensor(np.random.randn(4, 8).astype(np.float32))
    return LayerwiseCalibrator(), (x,)
