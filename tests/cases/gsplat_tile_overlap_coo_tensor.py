# case: builds a sparse COOTensor of (splat, tile) overlaps from rect bounds and converts it to dense tile counts -> sparse tensor built in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class TileOverlapSparse(nn.Cell):
    def __init__(self, num_tiles=8):
        super().__init__()
        self.num_tiles = num_tiles

    def construct(self, splat_idx, tile_idx, weights):
        indices = ops.stack([splat_idx, tile_idx], axis=1)
        n_splats = 12
        coo = COOTensor(indices, weights, (n_splats, self.num_tiles))
        dense = coo.to_dense()
        return dense.sum(axis=0)


def make():
    np.random.seed(20)
    splat = Tensor(np.random.randint(0, 12, (18,)).astype(np.int32))
    tile = Tensor(np.random.randint(0, 8, (18,)).astype(np.int32))
    w = Tensor(np.ones((18,), np.float32))
    return TileOverlapSparse(), (splat, tile, w)
