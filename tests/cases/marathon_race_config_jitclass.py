# case: a @ms.jit_class RaceConfig holding course constants is built in __init__ and only read inside construct to convert chip times to pace -> read-only jit_class attribute access, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RaceConfig:
    def __init__(self, distance_km=42.195, cutoff_s=6 * 3600.0):
        self.distance_km = distance_km
        self.cutoff_s = cutoff_s

    def pace(self, t):
        return t / self.distance_km


class PaceTable(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cfg = RaceConfig()

    def construct(self, chip_times):
        within = chip_times <= self.cfg.cutoff_s
        pace = self.cfg.pace(chip_times)
        pace = ops.where(within, pace, ops.zeros_like(pace))
        return pace, within.astype(ms.int32).sum()


def make():
    np.random.seed(182)
    t = np.random.normal(4.5 * 3600, 3000, 50).astype(np.float32)
    return PaceTable(), (Tensor(t),)
