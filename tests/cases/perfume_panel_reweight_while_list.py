# case: iteratively reweight sensory panel assessors until consensus stops moving, logging each consensus in a growing list -> while on tensor value with a list grown per iteration, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConsensusReweighting(nn.Cell):
    def __init__(self, tol=1e-3, max_iter=50):
        super().__init__()
        self.tol = tol
        self.max_iter = max_iter

    def construct(self, ratings):
        n_assessors = ratings.shape[0]
        w = ops.ones((n_assessors,), ms.float32) / n_assessors
        consensus = (w.reshape(-1, 1) * ratings).sum(axis=0)
        history = [consensus]
        delta = Tensor(1.0, ms.float32)
        it = 0
        while delta > self.tol and it < self.max_iter:
            resid = ((ratings - consensus) ** 2).mean(axis=1)
            w = 1.0 / (resid + 1e-3)
            w = w / w.sum()
            new = (w.reshape(-1, 1) * ratings).sum(axis=0)
            delta = ops.abs(new - consensus).max()
            consensus = new
            history.append(consensus)
            it += 1
        return consensus, ops.stack(history)


def make():
    np.random.seed(61)
    truth = np.random.rand(8).astype(np.float32) * 9
    ratings = truth + np.random.randn(10, 8).astype(np.float32)
    ratings[2] += 4.0
    return ConsensusReweighting(), (Tensor(ratings.astype(np.float32)),)
