# case: propagate landing-site scores over a sparse road-access graph built as a COOTensor inside construct -> sparse tensor in the graph, outcome depends on sparse support
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RoadAccessSmoother(nn.Cell):
    def __init__(self, n_sites=6):
        super().__init__()
        self.n_sites = n_sites

    def construct(self, edge_index, edge_weight, site_score):
        adj = ms.COOTensor(edge_index, edge_weight, (self.n_sites, self.n_sites))
        dense_adj = adj.to_dense()
        neighbour = ops.matmul(dense_adj, site_score.reshape(-1, 1)).squeeze(-1)
        return 0.5 * site_score + 0.5 * neighbour


def make():
    np.random.seed(91)
    idx = Tensor(np.array([[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 0]], dtype=np.int32))
    w = Tensor(np.random.rand(6).astype(np.float32))
    score = Tensor(np.random.rand(6).astype(np.float32))
    return RoadAccessSmoother(), (idx, w, score)
