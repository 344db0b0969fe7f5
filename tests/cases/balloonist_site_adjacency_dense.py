# case: propagate landing-site scores over a road-access graph scattered into a dense matrix -> tensor_scatter_add on fixed shape, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RoadAccessSmoother(nn.Cell):
    def __init__(self, n_sites=6, self_weight=0.5):
        super().__init__()
        self.n_sites = n_sites
        self.alpha = self_weight

    def construct(self, edge_index, edge_weight, site_score):
        adj = ops.zeros((self.n_sites, self.n_sites), ms.float32)
        adj = ops.tensor_scatter_add(adj, edge_index, edge_weight)
        neighbour = ops.matmul(adj, site_score.reshape(-1, 1)).squeeze(-1)
        return self.alpha * site_score + (1 - self.alpha) * neighbour


def make():
    np.random.seed(92)
    idx = Tensor(np.array([[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 0]], dtype=np.int32))
    w = Tensor(np.random.rand(6).astype(np.float32))
    score = Tensor(np.random.rand(6).astype(np.float32))
    return RoadAccessSmoother(), (idx, w, score)
