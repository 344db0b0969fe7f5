# case: find the distinct tiles touched by a batch of survey points with ops.unique on tile ids -> output size from data, dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TouchedTiles(nn.Cell):
    def __init__(self, zoom=6):
        super().__init__()
        self.n = 2 ** zoom

    def construct(self, xy):
        tx = ops.floor(xy[:, 0] * self.n).astype(ms.int32)
        ty = ops.floor(xy[:, 1] * self.n).astype(ms.int32)
        tile_id = ty * self.n + tx
        uniq, inverse = ops.unique(tile_id)
        per_tile = ops.zeros(uniq.shape, ms.float32)
        per_tile = ops.tensor_scatter_add(per_tile, inverse.reshape(-1, 1),
                                          ops.ones(inverse.shape, ms.float32))
        return uniq, per_tile


def make():
    np.random.seed(36)
    xy = np.random.rand(64, 2).astype(np.float32) * 0.2
    return TouchedTiles(), (Tensor(xy),)
