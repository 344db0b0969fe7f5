# case: snow-water-equivalent estimator wraps the density regression in try/except and falls back to a constant density -> try/except in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SWEEstimator(nn.Cell):
    def __init__(self, default_density=300.0):
        super().__init__()
        self.default_density = default_density
        self.density_net = nn.Dense(2, 1)

    def construct(self, depth_m, features):
        try:
            density = 250.0 + 100.0 * ops.sigmoid(self.density_net(features)).squeeze(-1)
        except ValueError:
            density = ops.ones_like(depth_m) * self.default_density
        return depth_m * density


def make():
    np.random.seed(15)
    depth = Tensor(np.random.uniform(0.3, 2.0, size=(9,)).astype(np.float32))
    feats = Tensor(np.random.randn(9, 2).astype(np.float32))
    return SWEEstimator(), (depth, feats)
