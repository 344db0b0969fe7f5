# case: stores per-tile means in a module-level dict keyed by tile id from inside construct -> error or silent constant behaviour from global state mutation
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TILE_STATS = {}


class TileStatsRecorder(nn.Cell):
    def __init__(self, tile_id="T31UFQ"):
        super().__init__()
        self.tile_id = tile_id

    def construct(self, tile):
        band_means = tile.mean(axis=(1, 2))
        TILE_STATS[self.tile_id] = band_means
        return band_means / band_means.sum()


def make():
    np.random.seed(13)
    tile = Tensor(np.random.rand(6, 8, 8).astype(np.float32))
    return TileStatsRecorder(), (tile,)
