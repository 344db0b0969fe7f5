# case: sparse occupancy grid kept as a COOTensor of occupied voxels, densified inside construct for the sample lookup -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseOccupancy(nn.Cell):
    def __init__(self, resolution=8, bound=1.0):
        super().__init__()
        self.resolution = resolution
        self.bound = bound
        rng = np.random.RandomState(34)
        self.n_cells = resolution ** 3
        occ = np.unique(rng.randint(0, self.n_cells, 60)).astype(np.int32)
        self.occ_idx = Tensor(np.stack([np.zeros_like(occ), occ], axis=1))
        self.occ_val = Tensor(np.ones(occ.shape[0], np.float32))

    def cell_index(self, pts):
        ijk = ((pts + self.bound) / (2 * self.bound) * self.resolution).astype(ms.int32)
        ijk = ops.clamp(ijk, 0, self.resolution - 1)
        r = self.resolution
        return (ijk[:, 0] * r + ijk[:, 1]) * r + ijk[:, 2]

    def construct(self, pts, sigma):
        grid = COOTensor(self.occ_idx, self.occ_val, (1, self.n_cells))
        dense = grid.to_dense().reshape(-1)
        occ = ops.gather(dense, self.cell_index(pts), 0)
        return sigma * occ


def make():
    np.random.seed(35)
    pts = Tensor(np.random.uniform(-1, 1, (40, 3)).astype(np.float32))
    sigma = Tensor(np.random.rand(40).astype(np.float32))
    return SparseOccupancy(), (pts, sigma)
