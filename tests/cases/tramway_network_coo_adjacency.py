# case: diffuse stop congestion over the tram network graph held as a COOTensor adjacency -> sparse tensor in graph, expect error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CongestionDiffusion(nn.Cell):
    def __init__(self, n_stops, edges, alpha=0.3, steps=2):
        super().__init__()
        self.n_stops = n_stops
        self.indices = Tensor(edges.astype(np.int32))
        self.weights = Tensor(np.full((edges.shape[0],), 0.5, dtype=np.float32))
        self.alpha = alpha
        self.steps = steps

    def construct(self, crowding):
        adj = ms.COOTensor(self.indices, self.weights, (self.n_stops, self.n_stops))
        x = crowding.reshape(-1, 1)
        for _ in range(self.steps):
            neigh = ops.matmul(adj.to_dense(), x)
            x = (1 - self.alpha) * x + self.alpha * neigh
        return x.reshape(-1)


def make():
    np.random.seed(3073)
    n = 10
    line = [(i, i + 1) for i in range(n - 1)] + [(i + 1, i) for i in range(n - 1)]
    edges = np.array(line + [(2, 7), (7, 2)])
    crowd = np.random.uniform(0, 1, size=(n,)).astype(np.float32)
    return CongestionDiffusion(n, edges), (Tensor(crowd),)
