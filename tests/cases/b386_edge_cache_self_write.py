# case: edge-feature module caches the Gaussian-expanded edge basis on self in construct when config.use_cache is set by the trainer -> attribute of self assigned a tensor in construct (rejected or fallback)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EdgeConfig:
    def __init__(self, cutoff=5.0, num_gaussians=16, edge_dim=16, use_cache=False):
        self.cutoff = cutoff
        self.num_gaussians = num_gaussians
        self.edge_dim = edge_dim
        self.use_cache = use_cache


class CachedEdgeBasis(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_cache = config.use_cache
        self.centers = Tensor(np.linspace(0, config.cutoff, config.num_gaussians).astype(np.float32))
        self.width = config.cutoff / config.num_gaussians
        self.lin = nn.Dense(config.num_gaussians, config.edge_dim)
        self._cached_basis = None

    def _basis(self, dist):
        return ops.exp(-((dist[:, None] - self.centers) / self.width) ** 2)

    def construct(self, dist):
        basis = self._basis(dist)
        if self.use_cache:
            self._cached_basis = basis
        return self.lin(basis)


def make():
    np.random.seed(13)
    dist = Tensor(np.random.uniform(1.0, 5.0, size=(40,)).astype(np.float32))
    config = EdgeConfig(use_cache=True)
    return CachedEdgeBasis(config), (dist,)
