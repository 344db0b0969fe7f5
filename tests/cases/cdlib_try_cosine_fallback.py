# case: cosine feature differencing wrapped in try/except that falls back to abs difference when the cosine op fails -> try statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiffConfig:
    mode = "cosine"
    eps = 1e-6


class RobustDifference(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.mode = config.mode
        self.eps = getattr(config, "eps", 1e-8)

    def _cosine(self, a, b):
        num = (a * b).sum(axis=1, keepdims=True)
        den = ops.norm(a, dim=1, keepdim=True) * ops.norm(b, dim=1, keepdim=True)
        return 1.0 - num / (den + self.eps)

    def construct(self, feat_t1, feat_t2):
        if self.mode == "abs":
            return ops.abs(feat_t1 - feat_t2).mean(axis=1, keep_dims=True)
        try:
            out = self._cosine(feat_t1, feat_t2)
        except ValueError:
            out = ops.abs(feat_t1 - feat_t2).mean(axis=1, keep_dims=True)
        return out


def make():
    np.random.seed(23)
    a = Tensor(np.random.randn(2, 8, 12, 12).astype(np.float32))
    b = Tensor(np.random.randn(2, 8, 12, 12).astype(np.float32))
    return RobustDifference(DiffConfig()), (a, b)
