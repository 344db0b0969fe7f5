# case: zeroes feed allocation for quarantined (diseased) pens with masked_fill and renormalizes shares -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QuarantineFeedSplit(nn.Cell):
    def __init__(self, daily_feed_kg=120.0):
        super().__init__()
        self.daily_feed_kg = daily_feed_kg

    def construct(self, pen_biomass, disease_flags):
        quarantined = disease_flags > 0
        share = pen_biomass / pen_biomass.sum()
        share = ops.masked_fill(share, quarantined, 0.0)
        share = share / ops.maximum(share.sum(), Tensor(1e-6, ms.float32))
        return share * self.daily_feed_kg


def make():
    np.random.seed(39)
    biomass = Tensor((np.random.rand(8) * 900 + 100).astype(np.float32))
    flags = Tensor(np.array([0, 1, 0, 0, 0, 1, 0, 0], dtype=np.int32))
    return QuarantineFeedSplit(), (biomass, flags)
