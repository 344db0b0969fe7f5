# case: missing-value imputer computes each feature's mean over observed rows with boolean-mask indexing col[obs] inside a helper -> Graph mode rejects or goes dynamic on the data-dependent shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ImputeConfig:
    def __init__(self, n_num_features=5, strategy="mean", add_indicator=False):
        self.n_num_features = n_num_features
        self.strategy = strategy
        self.add_indicator = add_indicator


class BatchMeanImputer(nn.Cell):
    """Replaces NaNs with the batch mean of the observed entries of each column."""

    def __init__(self, config):
        super().__init__()
        self.n_features = config.n_num_features
        self.strategy = config.strategy
        self.add_indicator = config.add_indicator

    def _observed_mean(self, col, missing):
        observed = col[ops.logical_not(missing)]
        return observed.mean()

    def construct(self, x_num):
        missing = ops.isnan(x_num)
        filled = []
        for j in range(self.n_features):
            col = x_num[:, j]
            fill = self._observed_mean(col, missing[:, j])
            filled.append(ops.where(missing[:, j], ops.fill(ms.float32, col.shape, 0.0) + fill, col))
        out = ops.stack(filled, axis=1)
        if self.add_indicator:
            out = ops.concat([out, missing.astype(out.dtype)], axis=1)
        return out


def make():
    np.random.seed(13)
    x = np.random.randn(10, 5).astype(np.float32)
    x[np.random.rand(10, 5) < 0.2] = np.nan
    x[0, :] = 1.0
    return BatchMeanImputer(ImputeConfig()), (Tensor(x),)
