# case: graph-Laplacian smoothing layer assembles the mesh Laplacian as a COOTensor from edge lists inside construct and applies it -> sparse tensor built and used in construct, Graph mode may reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LaplacianConfig:
    n_nodes = 16
    alpha = 0.1
    n_smooth = 2


def ring_edges(n):
    src = np.arange(n)
    rows = np.concatenate([src, src, src])
    cols = np.concatenate([src, (src + 1) % n, (src - 1) % n])
    vals = np.concatenate([np.full(n, -2.0), np.ones(n), np.ones(n)]).astype(np.float32)
    return np.stack([rows, cols], axis=1).astype(np.int32), vals


class LaplacianSmoother(nn.Cell):
    def __init__(self, config):
        super().__init__()
        idx, vals = ring_edges(config.n_nodes)
        self.indices = Tensor(idx)
        self.values = Tensor(vals)
        self.shape = (config.n_nodes, config.n_nodes)
        self.alpha = config.alpha
        self.n_smooth = config.n_smooth

    def _laplacian(self):
        return ms.COOTensor(self.indices, self.values, self.shape)

    def construct(self, u):
        lap = self._laplacian().to_dense()
        for _ in range(self.n_smooth):
            u = u + self.alpha * ops.matmul(lap, u)
        return u


def make():
    np.random.seed(16)
    u = Tensor(np.random.randn(16, 2).astype(np.float32))
    return LaplacianSmoother(LaplacianConfig()), (u,)
