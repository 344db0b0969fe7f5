# case: reversible instance normalization with an affine flag read from a config, params built in a helper -> compiles statically, the affine branch is a config constant
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

EPS = 1e-5


class RevINConfig:
    def __init__(self, num_features=7, affine=True, subtract_last=False, eps=EPS):
        self.num_features = num_features
        self.affine = affine
        self.subtract_last = subtract_last
        self.eps = eps


class RevIN(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_features = config.num_features
        self.affine = config.affine
        self.subtract_last = config.subtract_last
        self.eps = config.eps
        if self.affine:
            self._init_params()

    def _init_params(self):
        self.affine_weight = Parameter(Tensor(np.ones(self.num_features), ms.float32), name="affine_weight")
        self.affine_bias = Parameter(Tensor(np.zeros(self.num_features), ms.float32), name="affine_bias")

    def _get_statistics(self, x):
        if self.subtract_last:
            center = x[:, -1:, :]
        else:
            center = x.mean(axis=1, keep_dims=True)
        stdev = ops.sqrt(x.var(axis=1, keepdims=True) + self.eps)
        return center, stdev

    def construct(self, x, mode="norm"):
        center, stdev = self._get_statistics(x)
        if mode == "norm":
            x = (x - center) / stdev
            if self.affine:
                x = x * self.affine_weight + self.affine_bias
        else:
            if self.affine:
                x = (x - self.affine_bias) / (self.affine_weight + self.eps * self.eps)
            x = x * stdev + center
        return x


def make():
    np.random.seed(3411)
    cfg = RevINConfig(num_features=7, affine=True)
    x = Tensor(np.random.randn(4, 96, 7).astype(np.float32))
    return RevIN(cfg), (x,)
