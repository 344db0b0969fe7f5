# case: mean imputation of numerical columns where each column mean uses masked_select on observed entries -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BatchMeanImputer(nn.Cell):
    """Fill NaNs with the batch mean of the observed values, optionally append missing indicators."""

    def __init__(self, n_numeric=4, add_indicator=True, default_fill=0.0):
        super().__init__()
        self.n_numeric = n_numeric
        self.add_indicator = add_indicator
        self.default_fill = default_fill

    def _observed_mean(self, col):
        observed = ops.logical_not(ops.isnan(col))
        values = ops.masked_select(col, observed)
        count = values.shape[0]
        if count == 0:
            return Tensor(self.default_fill, ms.float32)
        return values.mean()

    def construct(self, x):
        filled = []
        for i in range(self.n_numeric):
            col = x[:, i]
            fill = self._observed_mean(col)
            filled.append(ops.where(ops.isnan(col), fill, col))
        out = ops.stack(filled, axis=1)
        if self.add_indicator:
            out = ops.concat((out, ops.isnan(x).astype(out.dtype)), axis=1)
        return out


def make():
    np.random.seed(1)
    x = np.random.randn(6, 4).astype(np.float32)
    x[1, 0] = np.nan
    x[3, 2] = np.nan
    x[4, 2] = np.nan
    return BatchMeanImputer(), (Tensor(x),)
