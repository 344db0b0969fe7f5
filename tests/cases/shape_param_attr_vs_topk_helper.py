# case: a helper returning top-k ids of a matmul against a Parameter-held table on one arm, a random-init Parameter of another length on the other
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

NUM_FALLBACK = 4


class Recommender(nn.Cell):
    def __init__(self, items=10, dim=4, k=3):
        super().__init__()
        self.table = Parameter(Tensor(np.random.randn(items, dim).astype(np.float32)), name="table")
        self.fallback = Parameter(Tensor(np.random.randn(NUM_FALLBACK).astype(np.float32)), name="fallback")
        self.k = k

    def top_scores(self, user):
        scores = ops.matmul(self.table, user)
        vals, _ = ops.topk(scores, self.k)
        return vals

    def construct(self, user, known):
        if known > 0:
            out = self.top_scores(user)
        else:
            out = self.fallback * 1.0
        return out


def make():
    np.random.seed(2)
    return Recommender(), (Tensor(np.random.randn(4).astype(np.float32)), Tensor(1, ms.int32))
