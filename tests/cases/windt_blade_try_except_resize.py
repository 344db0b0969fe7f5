# case: blade image preprocessor wraps a reshape of drone tiles in try/except to fall back to a flat layout -> try/except in construct, expect error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TileEmbed(nn.Cell):
    def __init__(self, tile=4, channels=3, dim=8):
        super().__init__()
        self.tile = tile
        self.proj = nn.Dense(tile * tile * channels, dim)

    def construct(self, img):
        b, c, h, w = img.shape
        try:
            t = img.reshape(b, c, h // self.tile, self.tile, w // self.tile, self.tile)
            t = t.transpose(0, 2, 4, 1, 3, 5).reshape(b, -1, c * self.tile * self.tile)
        except ValueError:
            t = img.reshape(b, 1, -1)
        return self.proj(t)


def make():
    np.random.seed(14)
    img = Tensor(np.random.rand(2, 3, 16, 16).astype(np.float32))
    return TileEmbed(), (img,)
