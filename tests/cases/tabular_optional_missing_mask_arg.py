# case: encoder takes an optional missing-value mask argument (None default) and optional column weights guarded by is None -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedNumericEncoder(nn.Cell):
    def __init__(self, n_numeric=4, d_out=5, column_weights=None):
        super().__init__()
        self.proj = nn.Dense(2 * n_numeric, d_out)
        self.column_weights = None if column_weights is None else Tensor(np.array(column_weights, np.float32))

    def _apply_mask(self, x, mask):
        if mask is None:
            mask = ops.isnan(x)
        observed = ops.logical_not(mask)
        x = ops.where(observed, x, ops.zeros_like(x))
        return x, observed.astype(x.dtype)

    def construct(self, x, mask=None):
        x, observed = self._apply_mask(x, mask)
        if self.column_weights is not None:
            x = x * self.column_weights
        return self.proj(ops.concat((x, observed), axis=1))


def make():
    np.random.seed(42)
    ms.set_seed(42)
    x = np.random.randn(5, 4).astype(np.float32)
    x[2, 1] = np.nan
    return MaskedNumericEncoder(column_weights=(1.0, 0.5, 2.0, 1.0)), (Tensor(x),)
