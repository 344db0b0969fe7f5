# case: preprocessing block appends missing-indicator columns under a config flag (always on), imputing with 3-arg where; the NaN-count is only reported as an extra output -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PreprocConfig:
    def __init__(self, n_num_features=4, add_indicators=True, fill_value=0.0, report_missing=True):
        self.n_num_features = n_num_features
        self.add_indicators = add_indicators
        self.fill_value = fill_value
        self.report_missing = report_missing


class MissingIndicatorImputer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.fill_value = config.fill_value
        self.add_indicators = config.add_indicators
        self.report_missing = config.report_missing
        self.out_width = config.n_num_features * (2 if config.add_indicators else 1)

    def construct(self, x_num):
        missing = ops.isnan(x_num)
        x = ops.where(missing, ops.full_like(x_num, self.fill_value), x_num)
        if self.add_indicators:
            x = ops.concat([x, missing.astype(x.dtype)], axis=1)
        n_missing = missing.astype(ms.int32).sum()
        if n_missing > 0:
            x = x * 1.0
        outputs = (x.reshape(-1, self.out_width),)
        if self.report_missing:
            outputs += (n_missing,)
        return outputs


def make():
    np.random.seed(39)
    x = np.random.randn(6, 4).astype(np.float32)
    x[1, 2] = np.nan
    return MissingIndicatorImputer(PreprocConfig()), (Tensor(x),)
