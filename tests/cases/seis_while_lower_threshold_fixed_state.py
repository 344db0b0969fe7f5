# case: lower the detection threshold in a while loop on a tensor condition until at least one station triggers, state keeps a fixed shape -> tensor-conditioned loop with static shapes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveThreshold(nn.Cell):
    def __init__(self, start=5.0, step=0.5, floor=1.0):
        super().__init__()
        self.start = start
        self.step = step
        self.floor = floor

    def construct(self, peak_ratio):
        thr = Tensor(self.start, ms.float32)
        n_on = (peak_ratio > thr).astype(ms.int32).sum()
        while n_on == 0 and thr > self.floor:
            thr = thr - self.step
            n_on = (peak_ratio > thr).astype(ms.int32).sum()
        return thr, n_on


def make():
    np.random.seed(47)
    peak_ratio = (1.0 + 2.0 * np.random.rand(8)).astype(np.float32)
    return AdaptiveThreshold(), (Tensor(peak_ratio),)
