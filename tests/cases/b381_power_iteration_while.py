# case: stationary distribution of the random-walk transition matrix by power iteration in a while loop on a tensor tolerance, the state keeps its shape every iteration -> tensor-conditioned while with fixed shapes, should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PageRankConfig:
    def __init__(self, damping=0.85, tol=1e-4, max_iter=50):
        self.damping = damping
        self.tol = tol
        self.max_iter = max_iter


def transition(adj):
    return adj / (adj.sum(axis=1, keepdims=True) + 1e-8)


class SensorImportance(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.damping = config.damping
        self.tol = config.tol
        self.max_iter = config.max_iter

    def construct(self, adj):
        p = transition(adj)
        n = adj.shape[0]
        r = ops.ones((n,), adj.dtype) / n
        delta = Tensor(1.0, ms.float32)
        it = 0
        while delta > self.tol and it < self.max_iter:
            r_new = self.damping * ops.matmul(r, p) + (1 - self.damping) / n
            delta = ops.abs(r_new - r).sum()
            r = r_new
            it += 1
        return r


def make():
    np.random.seed(3831)
    adj = np.random.rand(8, 8).astype(np.float32)
    return SensorImportance(PageRankConfig()), (Tensor(adj),)
