# case: magnitude pruning zeroes weights below a percentile-like threshold with three-argument ops.where before the matmul, keeping every shape fixed -> expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MagnitudePruneConfig:
    def __init__(self, in_features=16, out_features=8, std_factor=0.5, enabled=True):
        self.in_features = in_features
        self.out_features = out_features
        self.std_factor = std_factor
        self.enabled = enabled


class MagnitudePrunedDense(nn.Dense):
    def __init__(self, config):
        super().__init__(config.in_features, config.out_features)
        self.std_factor = config.std_factor
        self.enabled = config.enabled

    def pruned_weight(self):
        w = self.weight
        thr = ops.abs(w).mean() - self.std_factor * ops.abs(w).std()
        keep = ops.abs(w) > thr
        return ops.where(keep, w, ops.zeros_like(w))

    def construct(self, x):
        w = self.pruned_weight() if self.enabled else self.weight
        return ops.matmul(x, w.T) + self.bias


def make():
    np.random.seed(3790)
    cell = MagnitudePrunedDense(MagnitudePruneConfig())
    x = Tensor(np.random.randn(4, 16).astype(np.float32))
    return cell, (x,)
