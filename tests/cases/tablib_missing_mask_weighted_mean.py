# case: missing-value imputer computes per-feature observed means by multiplying with the observed mask and dividing by the count, NaNs cleared with 3-arg where -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EPS = 1e-6


class ImputeConfig:
    def __init__(self, n_num_features=5, add_indicator=True, return_mask=None):
        self.n_num_features = n_num_features
        self.add_indicator = add_indicator
        self.return_mask = return_mask


def masked_column_mean(x, observed):
    w = observed.astype(x.dtype)
    total = ops.reduce_sum(x * w, 0)
    count = ops.maximum(ops.reduce_sum(w, 0), Tensor(EPS, x.dtype))
    return total / count


class BatchMeanImputer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.add_indicator = config.add_indicator
        self.return_mask = config.return_mask if config.return_mask is not None else False

    def construct(self, x_num):
        missing = ops.isnan(x_num)
        observed = ops.logical_not(missing)
        x_zero = ops.where(missing, ops.zeros_like(x_num), x_num)
        mean = masked_column_mean(x_zero, observed)
        out = ops.where(missing, ops.broadcast_to(mean, x_num.shape), x_zero)
        if self.add_indicator:
            out = ops.concat([out, missing.astype(out.dtype)], axis=1)
        outputs = (out, missing) if self.return_mask else (out,)
        return outputs


def make():
    np.random.seed(14)
    x = np.random.randn(10, 5).astype(np.float32)
    x[np.random.rand(10, 5) < 0.2] = np.nan
    return BatchMeanImputer(ImputeConfig()), (Tensor(x),)
