# case: keeps only the mixture components whose weight exceeds a threshold, with topk k counted from the data -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PrunedMixtureMean(nn.Cell):
    """Expected next offset using only the confident mixture components."""

    def __init__(self, in_dim=8, num_mixtures=6, threshold=0.1):
        super().__init__()
        self.pi_head = nn.Dense(in_dim, num_mixtures)
        self.mu_head = nn.Dense(in_dim, 2 * num_mixtures)
        self.num_mixtures = num_mixtures
        self.threshold = threshold

    def mixture(self, h):
        pi = ops.softmax(self.pi_head(h), axis=-1)
        mu = self.mu_head(h).reshape(self.num_mixtures, 2)
        return pi, mu

    def construct(self, h):
        pi, mu = self.mixture(h)
        k = (pi > self.threshold).astype(ms.int32).sum()
        weights, idx = ops.topk(pi, k)
        weights = weights / weights.sum()
        chosen = ops.gather(mu, idx, 0)
        return (weights.expand_dims(-1) * chosen).sum(axis=0)


def make():
    np.random.seed(10)
    ms.set_seed(10)
    h = Tensor(np.random.randn(8).astype(np.float32))
    return PrunedMixtureMean(), (h,)
