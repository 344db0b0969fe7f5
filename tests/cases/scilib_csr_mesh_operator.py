# case: graph neural operator layer aggregates neighbour features through a CSRTensor adjacency assembled from stored indptr/indices -> CSR sparse tensor and sparse matmul in construct, Graph mode may reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GNOConfig:
    n_nodes = 12
    width = 8
    normalize = True


def knn_ring_csr(n, k=2):
    indptr, indices = [0], []
    for i in range(n):
        nb = sorted({(i + d) % n for d in range(-k, k + 1) if d != 0})
        indices.extend(nb)
        indptr.append(len(indices))
    return np.array(indptr, np.int32), np.array(indices, np.int32)


class GraphKernelLayer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        indptr, indices = knn_ring_csr(config.n_nodes)
        deg = np.diff(indptr).astype(np.float32)
        vals = np.repeat(1.0 / deg if config.normalize else np.ones_like(deg), np.diff(indptr))
        self.indptr = Tensor(indptr)
        self.indices = Tensor(indices)
        self.values = Tensor(vals.astype(np.float32))
        self.n = config.n_nodes
        self.kernel = nn.Dense(config.width, config.width)
        self.self_loop = nn.Dense(config.width, config.width)

    def construct(self, h):
        adj = ms.CSRTensor(self.indptr, self.indices, self.values, (self.n, self.n))
        agg = adj.mm(h)
        return ops.gelu(self.kernel(agg) + self.self_loop(h))


def make():
    np.random.seed(18)
    h = Tensor(np.random.randn(12, 8).astype(np.float32))
    return GraphKernelLayer(GNOConfig()), (h,)
