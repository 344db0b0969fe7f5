# case: RevIN normalisation stores per-instance mean/stdev on self inside construct for later denormalisation -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RevIN(nn.Cell):
    def __init__(self, num_features, eps=1e-5, affine=True):
        super().__init__()
        self.eps = eps
        self.affine = affine
        self.affine_weight = Parameter(ops.ones(num_features, ms.float32), name="affine_weight")
        self.affine_bias = Parameter(ops.zeros(num_features, ms.float32), name="affine_bias")
        self.mean = None
        self.stdev = None

    def construct(self, x, mode="norm"):
        if mode == "norm":
            self._get_statistics(x)
            return self._normalize(x)
        return self._denormalize(x)

    def _get_statistics(self, x):
        self.mean = x.mean(axis=1, keep_dims=True)
        self.stdev = ops.sqrt(x.var(axis=1, keepdims=True) + self.eps)

    def _normalize(self, x):
        x = (x - self.mean) / self.stdev
        if self.affine:
            x = x * self.affine_weight + self.affine_bias
        return x

    def _denormalize(self, x):
        if self.affine:
            x = (x - self.affine_bias) / (self.affine_weight + self.eps * self.eps)
        return x * self.stdev + self.mean


class RevINLinear(nn.Cell):
    def __init__(self, lookback=16, horizon=4, channels=3):
        super().__init__()
        self.revin = RevIN(channels)
        self.head = nn.Dense(lookback, horizon)

    def construct(self, x):
        x = self.revin(x, "norm")
        y = self.head(x.transpose(0, 2, 1)).transpose(0, 2, 1)
        return self.revin(y, "denorm")


def make():
    np.random.seed(8)
    x = Tensor((np.random.randn(2, 16, 3) * 3 + 5).astype(np.float32))
    return RevINLinear(), (x,)
