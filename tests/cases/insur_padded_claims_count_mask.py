# case: handle a variable number of claims per policy with a padded claim matrix and an arange < count mask built from the padded width -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PolicySeverityStats(nn.Cell):
    def __init__(self, trend=1.04):
        super().__init__()
        self.trend = trend

    def construct(self, padded_claims, n_claims):
        max_claims = padded_claims.shape[1]
        slots = ops.arange(max_claims).reshape(1, -1)
        mask = (slots < n_claims.reshape(-1, 1)).astype(ms.float32)
        trended = padded_claims * self.trend * mask
        total = trended.sum(axis=1)
        mean = total / ops.maximum(mask.sum(axis=1), ops.ones_like(total))
        sq = ((trended - mean.reshape(-1, 1)) ** 2 * mask).sum(axis=1)
        return total, mean, sq


def make():
    np.random.seed(30)
    counts = np.random.randint(0, 6, size=(7,)).astype(np.int32)
    claims = np.random.gamma(2.0, 600.0, size=(7, 5)).astype(np.float32)
    claims = claims * (np.arange(5)[None, :] < counts[:, None])
    return PolicySeverityStats(), (Tensor(claims), Tensor(counts))
