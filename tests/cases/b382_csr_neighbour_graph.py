# case: superpixel-graph propagation wraps a CSR pixel adjacency (indptr/indices passed as inputs) in ms.CSRTensor inside construct and applies csr.mm -> error or static (sparse tensor in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PropagationConfig:
    def __init__(self, num_bands=10, hidden=8, hops=2, residual=True):
        self.num_bands = num_bands
        self.hidden = hidden
        self.hops = hops
        self.residual = residual


def grid_csr(h, w):
    indptr, indices = [0], []
    for r in range(h):
        for c in range(w):
            nbrs = [(r + dr) * w + (c + dc) for dr, dc in ((-1, 0), (0, -1), (0, 1), (1, 0))
                    if 0 <= r + dr < h and 0 <= c + dc < w]
            indices.extend(nbrs)
            indptr.append(len(indices))
    values = np.concatenate([np.full(indptr[i + 1] - indptr[i], 1.0 / (indptr[i + 1] - indptr[i]))
                             for i in range(h * w)])
    return (np.array(indptr, np.int32), np.array(indices, np.int32), values.astype(np.float32))


class GraphPropagation(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.hops = config.hops
        self.residual = config.residual
        self.lin = nn.Dense(config.num_bands, config.hidden)

    def construct(self, spectra, indptr, indices, values):
        n = spectra.shape[0]
        adj = ms.CSRTensor(indptr, indices, values, (n, n))
        h = self.lin(spectra)
        out = h
        for _ in range(self.hops):
            out = adj.mm(out)
        return out + h if self.residual else out


def make():
    np.random.seed(3836)
    cfg = PropagationConfig()
    indptr, indices, values = grid_csr(4, 4)
    x = Tensor(np.random.rand(16, cfg.num_bands).astype(np.float32))
    return GraphPropagation(cfg), (x, Tensor(indptr), Tensor(indices), Tensor(values))
