# case: pick the k most vegetated tiles with topk where k comes from config, crop a margin set by config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VegetatedTilePicker(nn.Cell):
    def __init__(self, top_k=3, margin=1, red=2, nir=3):
        super().__init__()
        self.top_k = top_k
        self.margin = margin
        self.red = red
        self.nir = nir

    def tile_ndvi(self, tiles):
        red, nir = tiles[:, self.red], tiles[:, self.nir]
        return ((nir - red) / (nir + red + 1e-6)).mean(axis=(1, 2))

    def crop(self, tiles):
        m = self.margin
        if m > 0:
            return tiles[:, :, m:-m, m:-m]
        return tiles

    def construct(self, tiles):
        k = min(self.top_k, tiles.shape[0])
        score = self.tile_ndvi(tiles)
        best, idx = ops.topk(score, k)
        chosen = ops.gather(self.crop(tiles), idx, 0)
        return chosen, best


def make():
    np.random.seed(40)
    tiles = Tensor(np.random.rand(8, 4, 10, 10).astype(np.float32))
    return VegetatedTilePicker(), (tiles,)
