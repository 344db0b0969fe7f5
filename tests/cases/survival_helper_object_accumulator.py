# case: loss Cell builds a plain Python accumulator object in construct, mutates its fields with tensors per time bin and returns its summary -> Python object mutated in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BinStats:
    def __init__(self):
        self.total = 0.0
        self.per_bin = []

    def add(self, value):
        self.total = self.total + value
        self.per_bin.append(value)


class DiscreteNLLWithStats(nn.Cell):
    def __init__(self, num_bins=4):
        super().__init__()
        self.num_bins = num_bins

    def construct(self, hazards, target):
        stats = BinStats()
        for k in range(self.num_bins):
            h = hazards[:, k]
            y = target[:, k]
            nll = -(y * ops.log(h + 1e-6) + (1 - y) * ops.log(1 - h + 1e-6)).mean()
            stats.add(nll)
        return stats.total, ops.stack(stats.per_bin)


def make():
    np.random.seed(33)
    hazards = Tensor(np.random.rand(5, 4).astype(np.float32) * 0.9 + 0.05)
    target = Tensor((np.random.rand(5, 4) > 0.7).astype(np.float32))
    return DiscreteNLLWithStats(), (hazards, target)
