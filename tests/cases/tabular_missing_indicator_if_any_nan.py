# case: missing-indicator columns are appended only when the batch actually contains NaNs (tensor-valued if, branches differ in width) -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MissingAwareFeatures(nn.Cell):
    """Zero-imputes numeric features and appends indicator columns when values are missing."""

    def __init__(self, n_numeric=4, scale=1.0, indicator=True):
        super().__init__()
        self.n_numeric = n_numeric
        self.scale = scale
        self.indicator = indicator

    def _impute(self, x, missing):
        return ops.where(missing, ops.zeros_like(x), x) * self.scale

    def construct(self, x):
        missing = ops.isnan(x)
        out = self._impute(x, missing)
        if self.indicator and missing.any():
            out = ops.concat((out, missing.astype(out.dtype)), axis=1)
        return out


def make():
    np.random.seed(16)
    x = np.random.randn(5, 4).astype(np.float32)
    x[0, 3] = np.nan
    return MissingAwareFeatures(), (Tensor(x),)
