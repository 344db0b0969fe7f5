# case: propagate boat traffic over the canal network graph using a COOTensor adjacency of lock-to-lock reaches -> sparse tensor built in construct, expect Graph mode to reject or handle specially
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReachTrafficPropagation(nn.Cell):
    def __init__(self, n_locks=6, hops=2, decay=0.7):
        super().__init__()
        self.n_locks = n_locks
        self.hops = hops
        self.decay = decay

    def construct(self, edge_index, edge_weight, traffic):
        adj = ms.COOTensor(edge_index, edge_weight, (self.n_locks, self.n_locks))
        dense_adj = adj.to_dense()
        state = traffic
        for _ in range(self.hops):
            state = traffic + self.decay * ops.matmul(dense_adj, state)
        return state


def make():
    np.random.seed(81)
    edges = np.array([[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [1, 0], [2, 1]], dtype=np.int32)
    weights = np.random.uniform(0.2, 1.0, size=(7,)).astype(np.float32)
    traffic = np.random.randint(0, 9, size=(6, 2)).astype(np.float32)
    return ReachTrafficPropagation(), (Tensor(edges), Tensor(weights), Tensor(traffic))
