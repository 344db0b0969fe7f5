# case: crown mesh smoothing multiplies vertex positions by a CSR vertex-adjacency matrix built in construct -> graph mode may reject or go dynamic on the CSRTensor ops
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def ring_adjacency(n):
    rows, cols = [], []
    for i in range(n):
        for j in (i - 1, i + 1):
            rows.append(i)
            cols.append(j % n)
    indptr = np.arange(0, 2 * n + 1, 2, dtype=np.int32)
    return indptr, np.array(cols, np.int32), np.full(2 * n, 0.5, np.float32)


class MarginRingSmoother(nn.Cell):
    def __init__(self, n_vertices=64, alpha=0.5):
        super().__init__()
        self.n = n_vertices
        self.alpha = alpha

    def construct(self, indptr, indices, values, verts):
        adj = ms.CSRTensor(indptr, indices, values, (self.n, self.n))
        avg = adj.mm(verts)
        return (1 - self.alpha) * verts + self.alpha * avg


def make():
    np.random.seed(320)
    n = 64
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    verts = np.stack([5 * np.cos(t), 5 * np.sin(t), 0.2 * np.random.randn(n)], 1).astype(np.float32)
    indptr, indices, values = ring_adjacency(n)
    return MarginRingSmoother(n), (Tensor(indptr), Tensor(indices), Tensor(values), Tensor(verts))
