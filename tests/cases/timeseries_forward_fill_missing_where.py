# case: forward-fills NaN gaps step by step over the time axis with ops.where (loop bound from x.shape) then normalises -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForwardFill(nn.Cell):
    def __init__(self, initial_value=0.0):
        super().__init__()
        self.initial_value = initial_value

    def construct(self, x):
        # x: (B, T) with NaNs for missing observations
        missing = ops.isnan(x)
        carry = ops.full((x.shape[0],), self.initial_value, dtype=x.dtype)
        filled = []
        for t in range(x.shape[1]):
            carry = ops.where(missing[:, t], carry, x[:, t])
            filled.append(carry)
        return ops.stack(filled, axis=1), missing


class FillAndStandardize(nn.Cell):
    def __init__(self, add_indicator=True):
        super().__init__()
        self.fill = ForwardFill()
        self.add_indicator = add_indicator

    def construct(self, x):
        filled, missing = self.fill(x)
        mu = filled.mean(axis=1, keep_dims=True)
        sd = filled.std(axis=1, keepdims=True) + 1e-5
        z = (filled - mu) / sd
        if self.add_indicator:
            return ops.stack((z, missing.astype(z.dtype)), axis=-1)
        return z


def make():
    np.random.seed(38)
    x = np.random.randn(2, 12).astype(np.float32)
    x[0, [2, 3, 7]] = np.nan
    x[1, 0] = np.nan
    return FillAndStandardize(), (Tensor(x),)
