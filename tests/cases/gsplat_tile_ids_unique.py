# case: computes screen tile ids of projected splat centers and takes ops.unique to get the list of occupied tiles -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TileBinner(nn.Cell):
    def __init__(self, width=64, height=48, tile_size=16):
        super().__init__()
        self.tile_size = tile_size
        self.tiles_x = (width + tile_size - 1) // tile_size
        self.width = width
        self.height = height

    def tile_of(self, xy):
        x = ops.clamp(xy[:, 0], 0.0, self.width - 1.0)
        y = ops.clamp(xy[:, 1], 0.0, self.height - 1.0)
        tx = ops.floor(x / self.tile_size).astype(ms.int32)
        ty = ops.floor(y / self.tile_size).astype(ms.int32)
        return ty * self.tiles_x + tx

    def construct(self, xy):
        tile_ids = self.tile_of(xy)
        occupied, inverse = ops.unique(tile_ids)
        return occupied, inverse


def make():
    np.random.seed(4)
    xy = Tensor(np.random.uniform(0, 64, (30, 2)).astype(np.float32))
    return TileBinner(), (xy,)
