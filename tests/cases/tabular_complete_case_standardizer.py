# case: standardiser fits mean/std on complete rows only, selected with a boolean row mask built from isnan.any -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CompleteCaseStandardizer(nn.Cell):
    """z-score numeric columns using statistics from rows without any missing value."""

    def __init__(self, eps=1e-6, fill_value=0.0):
        super().__init__()
        self.eps = eps
        self.fill_value = fill_value

    def _fit(self, x):
        row_missing = ops.isnan(x).any(axis=1)
        complete = ops.logical_not(row_missing)
        rows = x[complete]
        return rows.mean(axis=0), rows.std(axis=0)

    def construct(self, x):
        mean, std = self._fit(x)
        z = (x - mean) / (std + self.eps)
        return ops.where(ops.isnan(z), ops.full_like(z, self.fill_value), z)


def make():
    np.random.seed(13)
    x = np.random.randn(8, 3).astype(np.float32)
    x[2, 1] = np.nan
    x[5, 0] = np.nan
    return CompleteCaseStandardizer(), (Tensor(x),)
