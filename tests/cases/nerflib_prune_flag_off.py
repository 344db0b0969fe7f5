# case: density head has a pruning branch that masked_selects densities above a threshold, guarded by use_prune which the config leaves False -> static (branch never taken)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DensityConfig:
    def __init__(self, hidden=32, use_prune=False, prune_thresh=0.01, density_bias=-1.0):
        self.hidden = hidden
        self.use_prune = use_prune
        self.prune_thresh = prune_thresh
        self.density_bias = density_bias


class DensityHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_prune = config.use_prune
        self.prune_thresh = config.prune_thresh
        self.density_bias = config.density_bias
        self.layers = nn.CellList([nn.Dense(3, config.hidden), nn.Dense(config.hidden, config.hidden)])
        self.out = nn.Dense(config.hidden, 1)

    def _prune(self, sigma):
        return ops.masked_select(sigma, sigma > self.prune_thresh)

    def construct(self, pts):
        h = pts
        for layer in self.layers:
            h = ops.relu(layer(h))
        sigma = ops.softplus(self.out(h).squeeze(-1) + self.density_bias)
        if self.use_prune:
            sigma = self._prune(sigma)
        return sigma


def make():
    np.random.seed(107)
    pts = np.random.randn(16, 8, 3).astype(np.float32)
    return DensityHead(DensityConfig()), (Tensor(pts),)
