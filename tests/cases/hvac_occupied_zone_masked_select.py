# case: averages zone temperature only over occupied zones using ops.masked_select on an occupancy threshold -> dynamic shape (masked_select output size depends on data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OccupiedComfortScore(nn.Cell):
    def __init__(self, occ_threshold=0.5, target_temp=22.0):
        super().__init__()
        self.occ_threshold = occ_threshold
        self.target_temp = target_temp

    def construct(self, zone_temp, occupancy):
        occupied = occupancy > self.occ_threshold
        occ_temps = ops.masked_select(zone_temp, occupied)
        deviation = ops.abs(occ_temps - self.target_temp)
        return deviation.mean()


def make():
    np.random.seed(1)
    net = OccupiedComfortScore()
    temps = Tensor((20.0 + 4.0 * np.random.rand(4, 12)).astype(np.float32))
    occ = Tensor(np.random.rand(4, 12).astype(np.float32))
    return net, (temps, occ)
