# case: computes the nearest depth in each tile with a constant-range Python loop over tiles, always appending a masked minimum, then stacks -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TileNearestDepth(nn.Cell):
    def __init__(self, num_tiles=6, far=1.0e4):
        super().__init__()
        self.num_tiles = num_tiles
        self.far = far

    def construct(self, tile_ids, depths):
        far = ops.full_like(depths, self.far)
        nearest = []
        for t in range(self.num_tiles):
            in_tile = tile_ids == t
            nearest.append(ops.where(in_tile, depths, far).min())
        out = ops.stack(nearest)
        empty = out >= self.far
        return ops.where(empty, ops.zeros_like(out), out), empty


def make():
    np.random.seed(32)
    tile_ids = Tensor(np.random.choice([0, 1, 3, 4], size=20).astype(np.int32))
    depths = Tensor(np.random.uniform(1, 9, (20,)).astype(np.float32))
    return TileNearestDepth(), (tile_ids, depths)
