# case: a sub-Cell finds weed tile indices with argwhere and the parent gathers spray-rate features for those tiles -> dynamic shape from argwhere feeding gather
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeedTileFinder(nn.Cell):
    def __init__(self, density_thresh=0.3):
        super().__init__()
        self.density_thresh = density_thresh

    def construct(self, densities):
        return ops.argwhere(densities > self.density_thresh).squeeze(-1)


class SprayRatePlanner(nn.Cell):
    def __init__(self, n_features=3):
        super().__init__()
        self.finder = WeedTileFinder()
        self.rate_head = nn.Dense(n_features, 1)

    def construct(self, densities, tile_feats):
        idx = self.finder(densities)
        weed_feats = ops.gather(tile_feats, idx, 0)
        rates = ops.sigmoid(self.rate_head(weed_feats)) * 2.5
        return rates.sum()


def make():
    np.random.seed(20)
    densities = Tensor(np.random.rand(12).astype(np.float32))
    tile_feats = Tensor(np.random.randn(12, 3).astype(np.float32))
    return SprayRatePlanner(), (densities, tile_feats)
