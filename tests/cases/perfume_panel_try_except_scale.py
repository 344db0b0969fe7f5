# case: panel aggregation converts 9-point hedonic ratings to z-scores per assessor, wrapped in try/except to fall back to raw scores on a bad assessor -> try statement in construct, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HedonicAggregate(nn.Cell):
    def __init__(self, min_sd=1e-3):
        super().__init__()
        self.min_sd = min_sd

    def zscore(self, r):
        mu = r.mean(axis=1, keep_dims=True)
        sd = r.std(axis=1, keepdims=True)
        return (r - mu) / (sd + self.min_sd)

    def construct(self, ratings):
        try:
            z = self.zscore(ratings)
        except ValueError:
            z = ratings
        consensus = z.mean(axis=0)
        rank = ops.sort(consensus, descending=True)[1]
        return consensus, rank


def make():
    np.random.seed(131)
    ratings = np.random.randint(1, 10, size=(14, 7)).astype(np.float32)
    return HedonicAggregate(), (Tensor(ratings),)
