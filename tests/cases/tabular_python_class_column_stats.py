# case: plain Python ColumnStats class instantiated from batch tensors inside construct and used for z-scoring -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ColumnStats:
    """Holds per-column location/scale for a numeric block."""

    def __init__(self, mean, std, eps=1e-5):
        self.mean = mean
        self.std = std
        self.eps = eps

    def normalize(self, x):
        return (x - self.mean) / (self.std + self.eps)


class NumericEncoder(nn.Cell):
    def __init__(self, n_numeric=5, d_out=8, clip=5.0):
        super().__init__()
        self.proj = nn.Dense(n_numeric, d_out)
        self.clip = clip

    def construct(self, x):
        stats = ColumnStats(x.mean(axis=0), x.std(axis=0))
        z = ops.clamp(stats.normalize(x), -self.clip, self.clip)
        return self.proj(z)


def make():
    np.random.seed(7)
    ms.set_seed(7)
    x = Tensor((np.random.randn(6, 5) * 3 + 1).astype(np.float32))
    return NumericEncoder(), (x,)
