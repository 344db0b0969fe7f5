# case: if a tile is mostly cloudy it is returned downsampled, otherwise full resolution, branching on a tensor value -> error because branches return different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveTileLoader(nn.Cell):
    def __init__(self, max_cloud=0.5, cloud_band=0):
        super().__init__()
        self.max_cloud = max_cloud
        self.cloud_band = cloud_band

    def cloud_fraction(self, tile):
        return (tile[self.cloud_band] > 0.8).astype(ms.float32).mean()

    def construct(self, tile):
        frac = self.cloud_fraction(tile)
        if frac > self.max_cloud:
            out = tile[:, ::2, ::2]
        else:
            out = tile
        return out * 2.0


def make():
    np.random.seed(9)
    tile = Tensor(np.random.rand(3, 16, 16).astype(np.float32))
    return AdaptiveTileLoader(max_cloud=0.1), (tile,)
