# case: tile renderer records the last requested zoom level on self inside construct -> attribute of self written in construct, error or accepted
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TileRenderer(nn.Cell):
    def __init__(self, tile_px=32):
        super().__init__()
        self.tile_px = tile_px
        self.last_zoom = 0
        self.shade = nn.Conv2d(1, 4, 3, pad_mode="same")

    def construct(self, dem, zoom):
        self.last_zoom = zoom
        hill = self.shade(dem)
        scale = 2.0 ** zoom
        return ops.tanh(hill * scale)


def make():
    np.random.seed(33)
    dem = np.random.rand(1, 1, 32, 32).astype(np.float32)
    return TileRenderer(), (Tensor(dem), 3)
