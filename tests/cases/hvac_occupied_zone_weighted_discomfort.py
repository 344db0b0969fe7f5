# case: comfort penalty over occupied zones computed with a float mask multiplied in and divided by mask sum -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeightedDiscomfort(nn.Cell):
    def __init__(self, occ_threshold=0.5, band_low=20.5, band_high=23.5):
        super().__init__()
        self.occ_threshold = occ_threshold
        self.band_low = band_low
        self.band_high = band_high

    def band_violation(self, temp):
        too_cold = ops.relu(self.band_low - temp)
        too_hot = ops.relu(temp - self.band_high)
        return too_cold + too_hot

    def construct(self, zone_temp, occupancy):
        mask = (occupancy > self.occ_threshold).astype(zone_temp.dtype)
        viol = self.band_violation(zone_temp) * mask
        per_floor = viol.sum(axis=1) / ops.clamp(mask.sum(axis=1), min=1.0)
        return per_floor, viol.sum() / ops.clamp(mask.sum(), min=1.0)


def make():
    np.random.seed(2)
    net = WeightedDiscomfort()
    temps = Tensor((19.0 + 6.0 * np.random.rand(3, 10)).astype(np.float32))
    occ = Tensor(np.random.rand(3, 10).astype(np.float32))
    return net, (temps, occ)
