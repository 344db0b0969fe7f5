# case: builds per-tile gaussian index lists by looping over tiles and appending only tiles that contain splats -> list grown under tensor-dependent condition
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TileListBuilder(nn.Cell):
    def __init__(self, num_tiles=6):
        super().__init__()
        self.num_tiles = num_tiles

    def construct(self, tile_ids, depths):
        counts = []
        nearest = []
        for t in range(self.num_tiles):
            in_tile = (tile_ids == t).astype(ms.float32)
            c = in_tile.sum()
            if c > 0:
                counts.append(c)
                d = ops.where(tile_ids == t, depths, ops.full_like(depths, 1e6))
                nearest.append(d.min())
        return ops.stack(counts), ops.stack(nearest)


def make():
    np.random.seed(9)
    tile_ids = Tensor(np.random.choice([0, 2, 3, 5], size=20).astype(np.int32))
    depths = Tensor(np.random.uniform(1, 9, (20,)).astype(np.float32))
    return TileListBuilder(), (tile_ids, depths)
