# case: reduces the feed ration when dissolved oxygen is low with an if on a tensor whose branches both keep the ration shape -> tensor-conditioned branch with equal shapes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OxygenAwareFeeder(nn.Cell):
    def __init__(self, low_do=6.0, cut=0.5, feed_rate=0.015):
        super().__init__()
        self.low_do = low_do
        self.cut = cut
        self.feed_rate = feed_rate

    def construct(self, biomass_kg, do_mg_l):
        ration = biomass_kg * self.feed_rate
        if do_mg_l.min() < self.low_do:
            ration = ration * self.cut
        else:
            ration = ration + 0.0
        return ration


def make():
    np.random.seed(37)
    biomass = Tensor((np.random.rand(6) * 2000 + 200).astype(np.float32))
    do = Tensor((np.random.rand(6) * 4 + 5).astype(np.float32))
    return OxygenAwareFeeder(), (biomass, do)
