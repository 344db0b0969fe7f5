# case: reweight sensory panel assessors for a fixed number of rounds given by the config, collecting consensus vectors in a tuple -> loop over range(python int), static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def weighted_mean(w, ratings):
    return (w.reshape(-1, 1) * ratings).sum(axis=0)


class ConsensusReweighting(nn.Cell):
    def __init__(self, n_rounds=6, eps=1e-3):
        super().__init__()
        self.n_rounds = n_rounds
        self.eps = eps

    def construct(self, ratings):
        n = ratings.shape[0]
        w = ops.ones((n,), ms.float32) / n
        consensus = weighted_mean(w, ratings)
        history = (consensus,)
        for _ in range(self.n_rounds):
            resid = ((ratings - consensus) ** 2).mean(axis=1)
            w = 1.0 / (resid + self.eps)
            w = w / w.sum()
            consensus = weighted_mean(w, ratings)
            history = history + (consensus,)
        return consensus, ops.stack(history), w


def make():
    np.random.seed(62)
    truth = np.random.rand(8).astype(np.float32) * 9
    ratings = truth + np.random.randn(10, 8).astype(np.float32)
    ratings[4] -= 3.0
    return ConsensusReweighting(), (Tensor(ratings.astype(np.float32)),)
