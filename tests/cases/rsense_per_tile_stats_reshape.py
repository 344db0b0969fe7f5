# case: computes per-tile mean/std/min/max of a band by reshaping into non-overlapping tiles from the shape -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TileStatistics(nn.Cell):
    def __init__(self, tile=4):
        super().__init__()
        self.tile = tile

    def to_tiles(self, band):
        h, w = band.shape
        t = self.tile
        x = band.reshape(h // t, t, w // t, t).transpose(0, 2, 1, 3)
        return x.reshape(h // t, w // t, t * t)

    def construct(self, band):
        tiles = self.to_tiles(band)
        mean = tiles.mean(axis=-1)
        std = tiles.std(axis=-1)
        mn = tiles.min(axis=-1)
        mx = tiles.max(axis=-1)
        return ops.stack([mean, std, mn, mx], axis=0)


def make():
    np.random.seed(37)
    band = Tensor(np.random.rand(16, 12).astype(np.float32))
    return TileStatistics(), (band,)
