# case: counts splats per screen tile with one_hot over a tile count fixed by image size and tile size in the constructor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TileHistogram(nn.Cell):
    def __init__(self, width=48, height=32, tile=16):
        super().__init__()
        self.tile = tile
        self.tiles_x = (width + tile - 1) // tile
        self.tiles_y = (height + tile - 1) // tile
        self.num_tiles = self.tiles_x * self.tiles_y
        self.width = width
        self.height = height

    def construct(self, means2d, radii):
        x = ops.clamp(means2d[:, 0], 0.0, self.width - 1.0)
        y = ops.clamp(means2d[:, 1], 0.0, self.height - 1.0)
        tid = (ops.floor(y / self.tile) * self.tiles_x + ops.floor(x / self.tile)).astype(ms.int32)
        onehot = ops.one_hot(tid, self.num_tiles, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        valid = (radii > 0).astype(ms.float32).expand_dims(-1)
        counts = (onehot * valid).sum(axis=0)
        return counts.reshape(self.tiles_y, self.tiles_x)


def make():
    np.random.seed(29)
    means2d = Tensor(np.random.uniform(0, 48, (25, 2)).astype(np.float32))
    radii = Tensor(np.random.randint(0, 5, (25,)).astype(np.int32))
    return TileHistogram(), (means2d, radii)
