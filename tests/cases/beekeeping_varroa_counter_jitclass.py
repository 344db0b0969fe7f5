# case: mite drop monitor instantiates a jit_class accumulator inside construct and mutates its running total in a loop over trays -> jit_class created and mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class MiteAccumulator:
    def __init__(self, start):
        self.total = start
        self.trays = 0

    def add(self, count):
        self.total = self.total + count
        self.trays = self.trays + 1


class MiteDropMonitor(nn.Cell):
    def __init__(self, n_trays=4):
        super().__init__()
        self.n_trays = n_trays

    def construct(self, tray_counts):
        acc = MiteAccumulator(ops.zeros((), ms.float32))
        for i in range(self.n_trays):
            acc.add(tray_counts[i].sum())
        return acc.total / acc.trays


def make():
    np.random.seed(151)
    trays = np.random.poisson(3, size=(4, 7)).astype(np.float32)
    return MiteDropMonitor(), (Tensor(trays),)
