# case: imputation layer that fills missing sensors by ops.select between the reading and the broadcast node mean, mask kept as a dense bool tensor -> fixed shapes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ImputeConfig:
    def __init__(self, missing_value=0.0, strategy="mean", return_mask=False):
        self.missing_value = missing_value
        self.strategy = strategy
        self.return_mask = return_mask


def observed_mask(x, missing_value):
    return x != missing_value


class MissingSensorImputer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.missing_value = config.missing_value
        self.strategy = config.strategy
        self.return_mask = config.return_mask

    def construct(self, x):
        observed = observed_mask(x, self.missing_value)
        w = observed.astype(x.dtype)
        if self.strategy == "mean":
            fill = (x * w).sum(axis=0) / ops.maximum(w.sum(axis=0), Tensor(1.0, x.dtype))
        else:
            fill = ops.zeros(x.shape[1], x.dtype)
        filled = ops.select(observed, x, ops.broadcast_to(fill, x.shape))
        return (filled, observed) if self.return_mask else filled


def make():
    np.random.seed(3828)
    x = (np.random.rand(12, 6) * 50).astype(np.float32)
    x[np.random.rand(12, 6) < 0.3] = 0.0
    return MissingSensorImputer(ImputeConfig()), (Tensor(x),)
