# case: relation-specific neighbour sum using a CSRTensor adjacency (indptr/indices from the input graph) -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CSRNeighbourSum(nn.Cell):
    def __init__(self, num_nodes=8, dim=6, num_relations=3):
        super().__init__()
        self.num_nodes = num_nodes
        self.rel_scale = nn.Embedding(num_relations, dim)
        self.out = nn.Dense(dim, dim)

    def neighbour_sum(self, indptr, indices, values, feats):
        adj = ms.CSRTensor(indptr, indices, values, (self.num_nodes, self.num_nodes))
        cols = []
        for j in range(feats.shape[1]):
            cols.append(adj.mv(feats[:, j:j + 1]))
        return ops.concat(cols, axis=1)

    def construct(self, feats, indptr, indices, values, rel_id):
        scaled = feats * self.rel_scale(rel_id)
        agg = self.neighbour_sum(indptr, indices, values, scaled)
        return ops.tanh(self.out(agg + feats))


def make():
    np.random.seed(21)
    feats = np.random.randn(8, 6).astype(np.float32)
    dense = (np.random.rand(8, 8) < 0.3).astype(np.float32)
    indptr = np.concatenate([[0], np.cumsum(dense.sum(1))]).astype(np.int32)
    indices = np.nonzero(dense)[1].astype(np.int32)
    values = np.random.rand(indices.shape[0]).astype(np.float32)
    return CSRNeighbourSum(), (Tensor(feats), Tensor(indptr), Tensor(indices), Tensor(values),
                               Tensor(np.int32(1)))
