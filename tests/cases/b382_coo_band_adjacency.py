# case: spectral graph smoothing builds a COO band-adjacency (neighbouring bands) in construct and multiplies it with the spectra -> error or static (sparse tensor in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GraphSmoothConfig:
    def __init__(self, num_bands=12, self_loop=True, alpha=0.5):
        self.num_bands = num_bands
        self.self_loop = self_loop
        self.alpha = alpha


def chain_edges(n, self_loop):
    rows, cols = [], []
    for i in range(n):
        for j in (i - 1, i + 1) + ((i,) if self_loop else ()):
            if 0 <= j < n:
                rows.append(i)
                cols.append(j)
    return np.stack([rows, cols], 1).astype(np.int32)


class BandGraphSmoother(nn.Cell):
    def __init__(self, config):
        super().__init__()
        edges = chain_edges(config.num_bands, config.self_loop)
        self.indices = Tensor(edges)
        self.values = Tensor(np.ones(len(edges), np.float32) / 3.0)
        self.shape = (config.num_bands, config.num_bands)
        self.alpha = config.alpha
        self.spmm = ops.SparseTensorDenseMatmul()

    def construct(self, spectra):
        adj = ms.COOTensor(self.indices, self.values, self.shape)
        smoothed = self.spmm(adj.indices, adj.values, adj.shape, spectra.T)
        return self.alpha * spectra + (1 - self.alpha) * smoothed.T


def make():
    np.random.seed(3835)
    cfg = GraphSmoothConfig()
    x = Tensor(np.random.rand(20, cfg.num_bands).astype(np.float32))
    return BandGraphSmoother(cfg), (x,)
