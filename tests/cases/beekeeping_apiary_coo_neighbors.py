# case: apiary drift model spreads varroa load between neighbouring hives using a COOTensor adjacency built in construct -> sparse tensor in the graph (may be rejected or dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DriftSpread(nn.Cell):
    def __init__(self, n_hives=6, drift_rate=0.1):
        super().__init__()
        self.n_hives = n_hives
        self.drift_rate = drift_rate

    def construct(self, edge_index, edge_weight, mite_load):
        adj = ms.COOTensor(edge_index, edge_weight, (self.n_hives, self.n_hives))
        dense_adj = adj.to_dense()
        incoming = ops.matmul(dense_adj, mite_load.reshape(-1, 1)).reshape(-1)
        return (1 - self.drift_rate) * mite_load + self.drift_rate * incoming


def make():
    np.random.seed(51)
    idx = np.array([[0, 1], [1, 0], [1, 2], [2, 1], [3, 4], [4, 5]], np.int32)
    w = np.random.rand(6).astype(np.float32)
    load = np.random.rand(6).astype(np.float32) * 5
    return DriftSpread(), (Tensor(idx), Tensor(w), Tensor(load))
