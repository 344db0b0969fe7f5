# case: scorer accepting an optional dropout mask tested with `is None` and a Python bool flag for squared error -> static, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OptionalMaskScorer(nn.Cell):
    def __init__(self, squared=True, n_features=5):
        super().__init__()
        self.squared = squared
        self.head = nn.Dense(n_features, n_features)

    def residual(self, x):
        r = x - self.head(x)
        if self.squared:
            return r * r
        return ops.abs(r)

    def construct(self, x, mask=None):
        res = self.residual(x)
        if mask is not None:
            res = res * mask
        return res.mean(axis=-1)


def make():
    np.random.seed(36)
    x = Tensor(np.random.randn(12, 5).astype(np.float32))
    return OptionalMaskScorer(), (x, None)
