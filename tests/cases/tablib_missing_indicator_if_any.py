# case: preprocessing block appends missing-indicator columns only if the batch contains any NaN (if on a reduced tensor), so the two branches return different widths -> Graph mode rejects the shape-mismatched branches
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PreprocConfig:
    def __init__(self, n_num_features=4, add_indicators="auto", fill_value=0.0):
        self.n_num_features = n_num_features
        self.add_indicators = add_indicators
        self.fill_value = fill_value


class _ImputerBase(nn.Cell):
    def _fill(self, x, missing):
        return ops.where(missing, ops.full_like(x, self.fill_value), x)


class MissingIndicatorImputer(_ImputerBase):
    def __init__(self, config):
        super().__init__()
        self.fill_value = config.fill_value
        self.add_indicators = config.add_indicators

    def _maybe_add_indicators(self, x, missing):
        if self.add_indicators == "always":
            return ops.concat([x, missing.astype(x.dtype)], axis=1)
        if self.add_indicators == "auto":
            if missing.any():
                return ops.concat([x, missing.astype(x.dtype)], axis=1)
        return x

    def construct(self, x_num):
        missing = ops.isnan(x_num)
        x = self._fill(x_num, missing)
        return self._maybe_add_indicators(x, missing)


def make():
    np.random.seed(38)
    x = np.random.randn(6, 4).astype(np.float32)
    x[1, 2] = np.nan
    x[4, 0] = np.nan
    return MissingIndicatorImputer(PreprocConfig()), (Tensor(x),)
