# case: gate assignment scorer builds a sparse COO adjacency of neighbouring gates and spreads conflict scores over it -> sparse tensor in construct, may be unsupported on CPU Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GateConflictSpread(nn.Cell):
    def __init__(self, n_gates=8):
        super().__init__()
        self.n_gates = n_gates

    def construct(self, adj_idx, adj_w, conflict):
        adj = ms.COOTensor(adj_idx, adj_w, (self.n_gates, self.n_gates))
        dense_adj = adj.to_dense()
        spread = ops.matmul(dense_adj, conflict.expand_dims(1)).squeeze(1)
        return conflict + 0.5 * spread


def make():
    np.random.seed(81)
    pairs = []
    for g in range(7):
        pairs.append([g, g + 1])
        pairs.append([g + 1, g])
    idx = Tensor(np.array(pairs, dtype=np.int32))
    w = Tensor(np.ones(len(pairs), dtype=np.float32))
    conflict = Tensor(np.random.rand(8).astype(np.float32))
    return GateConflictSpread(), (idx, w, conflict)
