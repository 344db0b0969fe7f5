# case: score normaliser rescales scores when their spread collapses, both branches keep the same shape -> tensor-valued if with matching shapes, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NormConfig:
    def __init__(self, min_spread=0.5, target_spread=2.0, center=True):
        self.min_spread = min_spread
        self.target_spread = target_spread
        self.center = center


class SpreadGuard(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.min_spread = config.min_spread
        self.target_spread = config.target_spread
        self.center = config.center

    def construct(self, scores):
        if self.center:
            scores = scores - scores.mean(axis=-1, keep_dims=True)
        spread = scores.max() - scores.min()
        if spread < self.min_spread:
            scores = scores * (self.target_spread / (spread + 1e-6))
        else:
            scores = scores * 1.0
        return scores


class RetrievalHead(nn.Cell):
    def __init__(self, config, dim=8):
        super().__init__()
        self.q = nn.Dense(dim, dim)
        self.guard = SpreadGuard(config)

    def construct(self, query, docs):
        return self.guard(ops.matmul(self.q(query), docs.T))


def make():
    np.random.seed(20)
    q = Tensor(np.random.randn(3, 8).astype(np.float32) * 0.05)
    d = Tensor(np.random.randn(6, 8).astype(np.float32) * 0.05)
    return RetrievalHead(NormConfig()), (q, d)
