# case: gather the first n tide cycles of a generation log, with n taken from a commissioning-day tensor, via ops.arange -> index length from tensor value, Graph mode should go dynamic or reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CommissioningWindow(nn.Cell):
    def __init__(self, cycles_per_day=2):
        super().__init__()
        self.cycles_per_day = cycles_per_day

    def construct(self, cycle_energy, commissioning_days):
        n = commissioning_days * self.cycles_per_day
        idx = ops.arange(0, n, 1, dtype=ms.int32)
        early = ops.gather(cycle_energy, idx, 0)
        later_mean = cycle_energy.mean(axis=0)
        return early.mean(axis=0) / later_mean


def make():
    np.random.seed(3307)
    cycles = 56
    energy = np.random.uniform(1.5, 4.0, size=(cycles, 3)).astype(np.float32)
    return CommissioningWindow(), (Tensor(energy), Tensor(5, ms.int32))
