# case: region prior looked up from a Python dict keyed by a geohash string given to the constructor -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

REGION_PRIORS = {"wtw": 0.2, "u4p": 0.5, "dr5": 0.9, "9q8": 0.1}


class GeohashRegionPrior(nn.Cell):
    def __init__(self, region_geohash="wtw", dim=4, default_prior=0.3):
        super().__init__()
        self.prior = REGION_PRIORS.get(region_geohash[:3], default_prior)
        self.region = region_geohash
        self.proj = nn.Dense(dim, 1)

    def region_scale(self):
        if self.region.startswith("w"):
            return 1.5
        return 1.0

    def construct(self, feats):
        out = self.proj(feats) * self.region_scale()
        return out + self.prior


def make():
    np.random.seed(3)
    feats = Tensor(np.random.randn(5, 4).astype(np.float32))
    return GeohashRegionPrior("wtw37"), (feats,)
