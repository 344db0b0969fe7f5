# case: propagate humidity between neighbouring cave shelves with a CSRTensor adjacency matrix and a sparse matrix-vector product -> sparse tensor and sparse op, expect Graph mode to reject or restrict
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def ring_adjacency(n):
    indptr, indices, vals = [0], [], []
    for i in range(n):
        for j in ((i - 1) % n, (i + 1) % n):
            indices.append(j)
            vals.append(0.5)
        indptr.append(len(indices))
    return (np.array(indptr, np.int32), np.array(indices, np.int32), np.array(vals, np.float32))


class ShelfDiffusion(nn.Cell):
    def __init__(self, n_shelves=8, steps=3, alpha=0.3):
        super().__init__()
        self.indptr, self.indices, self.vals = [Tensor(a) for a in ring_adjacency(n_shelves)]
        self.shape = (n_shelves, n_shelves)
        self.steps = steps
        self.alpha = alpha

    def construct(self, rh):
        adj = ms.CSRTensor(self.indptr, self.indices, self.vals, self.shape)
        for _ in range(self.steps):
            neigh = adj.mv(rh)
            rh = (1 - self.alpha) * rh + self.alpha * neigh
        return rh


def make():
    np.random.seed(3222)
    rh = (88 + 6 * np.random.rand(8, 1)).astype(np.float32)
    return ShelfDiffusion(), (Tensor(rh),)
