# case: smooth buoy sea-temperature readings over the mooring mesh built as a COOTensor inside construct and densified for a matmul -> sparse tensor in Graph mode, may be rejected on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


N_BUOYS = 6


def ring_links(n):
    rows, cols = [], []
    for i in range(n):
        rows += [i, i]
        cols += [(i + 1) % n, (i - 1) % n]
    return np.stack([rows, cols], axis=1).astype(np.int32)


class MeshSmoother(nn.Cell):
    def __init__(self, self_weight=0.5):
        super().__init__()
        links = ring_links(N_BUOYS)
        self.self_weight = self_weight
        self.indices = Tensor(links)
        self.values = Tensor(np.full((links.shape[0],), 0.5, np.float32))

    def construct(self, sst):
        adj = ms.COOTensor(self.indices, self.values, (N_BUOYS, N_BUOYS))
        neigh = ops.matmul(adj.to_dense(), sst)
        return self.self_weight * sst + (1.0 - self.self_weight) * neigh


def make():
    np.random.seed(3049)
    sst = Tensor(np.random.uniform(10, 18, size=(N_BUOYS, 3)).astype(np.float32))
    return MeshSmoother(), (sst,)
