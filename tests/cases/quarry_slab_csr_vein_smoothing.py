# case: smooth per-tile vein intensity over a sparse CSR tile-neighbour matrix of a slab -> CSRTensor and sparse matmul in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def grid_neighbours(rows, cols):
    indptr, indices = [0], []
    for r in range(rows):
        for c in range(cols):
            for dr, dc in ((-1, 0), (0, -1), (0, 1), (1, 0)):
                rr, cc = r + dr, c + dc
                if 0 <= rr < rows and 0 <= cc < cols:
                    indices.append(rr * cols + cc)
            indptr.append(len(indices))
    return np.array(indptr, np.int32), np.array(indices, np.int32)


class VeinSmoother(nn.Cell):
    def __init__(self, n_tiles):
        super().__init__()
        self.n_tiles = n_tiles

    def construct(self, indptr, indices, weights, intensity):
        adj = ms.CSRTensor(indptr, indices, weights, (self.n_tiles, self.n_tiles))
        smoothed = adj.mv(intensity.reshape(-1, 1)).reshape(-1)
        return smoothed


def make():
    np.random.seed(171)
    indptr, indices = grid_neighbours(4, 5)
    w = np.full(len(indices), 0.25, np.float32)
    inten = np.random.rand(20).astype(np.float32)
    return VeinSmoother(20), (Tensor(indptr), Tensor(indices), Tensor(w), Tensor(inten))
