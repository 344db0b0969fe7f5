# case: splits a large image into non-overlapping tiles with reshape/transpose using sizes from x.shape, counts each tile and stitches the density back -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TileCounter(nn.Cell):
    def __init__(self, tile=8):
        super().__init__()
        self.tile = tile
        self.net = nn.SequentialCell([nn.Conv2d(3, 4, 3, pad_mode="same"), nn.ReLU(),
                                      nn.Conv2d(4, 1, 1), nn.ReLU()])

    def to_tiles(self, x):
        b, c, h, w = x.shape
        t = self.tile
        x = x.reshape(b, c, h // t, t, w // t, t).transpose(0, 2, 4, 1, 3, 5)
        return x.reshape(-1, c, t, t)

    def from_tiles(self, tiles, b, h, w):
        t = self.tile
        x = tiles.reshape(b, h // t, w // t, 1, t, t).transpose(0, 3, 1, 4, 2, 5)
        return x.reshape(b, 1, h, w)

    def construct(self, image):
        b, _, h, w = image.shape
        dens = self.net(self.to_tiles(image))
        tile_counts = dens.sum(axis=(1, 2, 3)).reshape(b, -1)
        return self.from_tiles(dens, b, h, w), tile_counts


def make():
    np.random.seed(34)
    img = np.random.rand(2, 3, 16, 24).astype(np.float32)
    return TileCounter(), (Tensor(img),)
