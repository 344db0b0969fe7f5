# case: RevIN that caches mean/stdev on self inside construct so denorm can reuse them later -> Graph mode rejects tensor attribute writes on self in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class NormConfig:
    affine = False
    eps = 1e-5
    cache_stats = True


class RevINWithCache(nn.Cell):
    def __init__(self, num_features, config=None):
        super().__init__()
        config = config if config is not None else NormConfig()
        self.affine = config.affine
        self.eps = config.eps
        self.cache_stats = getattr(config, "cache_stats", False)
        self.mean = None
        self.stdev = None
        self.proj = nn.Dense(num_features, num_features)

    def _remember(self, mean, stdev):
        # keep statistics for the later de-normalisation call
        self.mean = mean
        self.stdev = stdev

    def construct(self, x):
        mean = x.mean(axis=1, keep_dims=True)
        stdev = ops.sqrt(x.var(axis=1, keepdims=True) + self.eps)
        if self.cache_stats:
            self._remember(mean, stdev)
        z = (x - mean) / stdev
        z = self.proj(z)
        return z * stdev + mean


def make():
    np.random.seed(3412)
    x = Tensor(np.random.randn(2, 48, 5).astype(np.float32))
    return RevINWithCache(5), (x,)
