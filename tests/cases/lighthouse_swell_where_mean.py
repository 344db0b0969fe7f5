# case: average the swell periods of storm-grade waves using ops.where with three arguments and a count -> fixed shapes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


STORM_HS_M = 4.0


class SwellStats(nn.Cell):
    def __init__(self, use_log=True):
        super().__init__()
        self.use_log = use_log

    def storm_mask(self, hs):
        return hs >= STORM_HS_M

    def construct(self, hs, period):
        mask = self.storm_mask(hs)
        if self.use_log:
            period = ops.log(period + 1.0)
        storm_periods = ops.where(mask, period, ops.zeros_like(period))
        n = mask.astype(ms.float32).sum(axis=1, keepdims=True)
        return storm_periods.sum(axis=1, keepdims=True) / (n + 1e-6)


def make():
    np.random.seed(3040)
    hs = Tensor(np.random.uniform(0.5, 7.0, size=(8, 16)).astype(np.float32))
    period = Tensor(np.random.uniform(4.0, 16.0, size=(8, 16)).astype(np.float32))
    return SwellStats(), (hs, period)
