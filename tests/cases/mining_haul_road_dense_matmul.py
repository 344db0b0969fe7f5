# case: propagate truck congestion along the haul-road network using a dense adjacency matrix and matmul -> dense fixed shapes, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def build_adjacency(edges, n_nodes):
    adj = np.zeros((n_nodes, n_nodes), dtype=np.float32)
    for a, b in edges:
        adj[a, b] = adj[b, a] = 1.0
    return adj


class RoadCongestionDense(nn.Cell):
    def __init__(self, edges, n_nodes=6, decay=0.5, hops=2):
        super().__init__()
        adj = build_adjacency(edges, n_nodes)
        deg = adj.sum(axis=1, keepdims=True)
        self.adj = Tensor(adj / np.maximum(deg, 1.0))
        self.decay = decay
        self.hops = hops

    def construct(self, queue_len):
        q = queue_len.reshape(-1, 1)
        for _ in range(self.hops):
            q = q + self.decay * ops.matmul(self.adj, q)
        return q.reshape(-1)


def make():
    np.random.seed(102)
    edges = [(0, 1), (1, 2), (1, 3), (3, 4), (4, 5)]
    queue = np.random.poisson(3.0, size=(6,)).astype(np.float32)
    return RoadCongestionDense(edges), (Tensor(queue),)
