# case: maps segment occupancy to congestion levels with nested ops.select against fixed thresholds -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CongestionLevel(nn.Cell):
    """0 = free, 1 = slow, 2 = jammed, from occupancy in [0, 1]."""

    def __init__(self, slow_occ=0.3, jam_occ=0.6):
        super().__init__()
        self.slow_occ = slow_occ
        self.jam_occ = jam_occ

    def construct(self, occupancy):
        zeros = ops.zeros_like(occupancy)
        ones = ops.ones_like(occupancy)
        twos = ones * 2
        level = ops.select(occupancy > self.jam_occ, twos,
                           ops.select(occupancy > self.slow_occ, ones, zeros))
        share_jammed = (level == 2).astype(ms.float32).mean(axis=-1)
        return level, share_jammed


def make():
    np.random.seed(5)
    occ = Tensor(np.random.rand(4, 16).astype(np.float32))
    return CongestionLevel(), (occ,)
