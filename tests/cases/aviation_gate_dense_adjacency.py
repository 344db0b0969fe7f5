# case: gate assignment scorer spreads conflict scores over a dense neighbouring-gate adjacency matrix built in __init__ -> plain dense matmul, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def neighbour_matrix(n_gates):
    adj = np.zeros((n_gates, n_gates), dtype=np.float32)
    for g in range(n_gates - 1):
        adj[g, g + 1] = 1.0
        adj[g + 1, g] = 1.0
    return adj


class GateConflictSpread(nn.Cell):
    def __init__(self, n_gates=8, spread=0.5, hops=2):
        super().__init__()
        self.adj = Tensor(neighbour_matrix(n_gates))
        self.spread = spread
        self.hops = hops

    def construct(self, conflict):
        score = conflict
        for _ in range(self.hops):
            score = score + self.spread * ops.matmul(self.adj, score.expand_dims(1)).squeeze(1)
        return score / score.max()


def make():
    np.random.seed(82)
    conflict = Tensor(np.random.rand(8).astype(np.float32))
    return GateConflictSpread(), (conflict,)
