# case: pull out the thickness readings below the safety floor with ops.masked_select and average them -> Graph mode produces a dynamic-shape result
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def to_inches(mm):
    return mm / 25.4


class ThinIceReport(nn.Cell):
    def __init__(self, floor_mm=36.0):
        super().__init__()
        self.floor_mm = floor_mm

    def construct(self, thickness_mm):
        thin_mask = thickness_mm < self.floor_mm
        thin = ops.masked_select(thickness_mm, thin_mask)
        deficit = self.floor_mm - thin
        return to_inches(deficit).mean(), deficit.shape[0]


def make():
    np.random.seed(3113)
    t = np.random.uniform(30.0, 45.0, size=(8, 16)).astype(np.float32)
    return ThinIceReport(), (Tensor(t),)
