# case: LiDAR hit grid stored as a COOTensor of anomalous cells and converted back to dense inside construct -> sparse tensor in graph (error or dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseHitGrid(nn.Cell):
    def __init__(self, grid_shape=(16, 16)):
        super().__init__()
        self.grid_shape = grid_shape

    def construct(self, indices, intensities):
        hits = COOTensor(indices, intensities, self.grid_shape)
        dense = hits.to_dense()
        return dense.sum(axis=0), dense


def make():
    np.random.seed(15)
    idx = np.unique(np.random.randint(0, 16, size=(12, 2)), axis=0).astype(np.int32)
    vals = np.random.rand(idx.shape[0]).astype(np.float32)
    return SparseHitGrid(), (Tensor(idx), Tensor(vals))
