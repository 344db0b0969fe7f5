# case: rank scene tiles by cloud fraction and keep those under the limit via x[:n_clear] with n_clear from data -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClearTileSelector(nn.Cell):
    def __init__(self, in_bands=4, embed=8, cloud_limit=0.2):
        super().__init__()
        self.embed = nn.Dense(in_bands, embed)
        self.cloud_limit = cloud_limit

    def tile_cloud_fraction(self, cloud_masks):
        n = cloud_masks.shape[0]
        return cloud_masks.reshape(n, -1).astype(ms.float32).mean(axis=1)

    def construct(self, tiles, cloud_masks):
        # tiles: (n, bands, h, w); cloud_masks: (n, h, w)
        frac = self.tile_cloud_fraction(cloud_masks)
        sorted_frac, order = ops.sort(frac)
        n_clear = (sorted_frac < self.cloud_limit).astype(ms.int32).sum()
        chosen = order[:n_clear]
        feats = self.embed(tiles.mean(axis=(2, 3)))
        return ops.gather(feats, chosen, 0).mean(axis=0)


def make():
    np.random.seed(21)
    tiles = Tensor(np.random.rand(6, 4, 8, 8).astype(np.float32))
    clouds = np.zeros((6, 8, 8), np.int32)
    clouds[1] = 1
    clouds[4, :5] = 1
    return ClearTileSelector(), (tiles, Tensor(clouds))
