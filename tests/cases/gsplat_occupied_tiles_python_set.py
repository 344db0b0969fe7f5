# case: collects occupied tile ids into a Python set inside construct by iterating over the tile-id tensor, then counts them -> set of tensor elements in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OccupancyCounter(nn.Cell):
    def __init__(self, tile_size=8, tiles_x=4):
        super().__init__()
        self.tile_size = tile_size
        self.tiles_x = tiles_x

    def construct(self, xy):
        tx = (xy[:, 0] // self.tile_size).astype(ms.int32)
        ty = (xy[:, 1] // self.tile_size).astype(ms.int32)
        ids = ty * self.tiles_x + tx
        seen = set()
        for t in ids:
            seen.add(int(t))
        return Tensor(len(seen), ms.int32)


def make():
    np.random.seed(25)
    xy = Tensor(np.random.uniform(0, 32, (14, 2)).astype(np.float32))
    return OccupancyCounter(), (xy,)
