# case: greedy k-center core-set selection with a constant-budget Python loop, argmax of min distances and one-hot updates -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyCoreset(nn.Cell):
    def __init__(self, budget=4):
        super().__init__()
        self.budget = budget

    def pairwise_sq_dist(self, a, b):
        aa = (a * a).sum(axis=1, keepdims=True)
        bb = (b * b).sum(axis=1, keepdims=True).T
        return ops.relu(aa + bb - 2.0 * ops.matmul(a, b.T))

    def construct(self, pool, labeled):
        n = pool.shape[0]
        min_dist = self.pairwise_sq_dist(pool, labeled).min(axis=1)
        dist_all = self.pairwise_sq_dist(pool, pool)
        picks = []
        for _ in range(self.budget):
            idx = ops.argmax(min_dist)
            picks.append(idx)
            onehot = ops.one_hot(idx, n, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
            new_row = ops.matmul(onehot.reshape(1, n), dist_all).reshape(n)
            min_dist = ops.minimum(min_dist, new_row)
        return ops.stack(picks), min_dist


def make():
    np.random.seed(8)
    pool = Tensor(np.random.randn(20, 5).astype(np.float32))
    labeled = Tensor(np.random.randn(3, 5).astype(np.float32))
    return GreedyCoreset(budget=4), (pool, labeled)
