# case: nonzero over what masked_select returned (already data-sized) -> dynamic at the masked_select only
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakPositions(nn.Cell):
    def __init__(self, floor=0.2, peak=0.8):
        super().__init__()
        self.floor = floor
        self.peak = peak

    def construct(self, x):
        active = ops.masked_select(x, x > self.floor)
        hits = ops.nonzero(active > self.peak)
        return hits.shape[0] * 1.0, active.sum()


def make():
    return PeakPositions(), (Tensor(np.linspace(0, 1, 12).astype(np.float32)),)
