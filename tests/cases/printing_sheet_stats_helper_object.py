# case: inspection Cell creates a plain Python accumulator object in construct, feeds it per-unit delta-E tensors through a method and returns its mean and worst values -> custom Python object built and mutated in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DeltaEStats:
    def __init__(self):
        self.total = 0.0
        self.worst = 0.0
        self.count = 0

    def add(self, de):
        self.total = self.total + de
        self.worst = ops.maximum(self.worst, de)
        self.count += 1


class UnitInspector(nn.Cell):
    def __init__(self, units=4):
        super().__init__()
        self.units = units

    def construct(self, lab_measured, lab_target):
        stats = DeltaEStats()
        for u in range(self.units):
            d = lab_measured[u] - lab_target[u]
            stats.add(ops.sqrt((d * d).sum()))
        return stats.total / stats.count, stats.worst


def make():
    np.random.seed(38)
    target = np.random.uniform(-40, 80, (4, 3)).astype(np.float32)
    measured = target + np.random.normal(0, 2.0, (4, 3)).astype(np.float32)
    return UnitInspector(), (Tensor(measured), Tensor(target))
