# case: neighbour-consistency loss building a sparse kNN affinity graph as an ms.COOTensor from top-k indices and multiplying it with the embeddings -> sparse tensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NeighborConfig:
    def __init__(self, dim=8, k=3, temperature=0.1, symmetric=False):
        self.dim = dim
        self.k = k
        self.temperature = temperature
        self.symmetric = symmetric


class KNNAffinity(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.k = config.k
        self.t = config.temperature
        self.symmetric = config.symmetric

    def _sparse_graph(self, z):
        n = z.shape[0]
        sims = ops.matmul(z, z.T)
        vals, idx = ops.topk(sims, self.k)
        rows = ops.tile(ops.arange(n, dtype=ms.int32).expand_dims(1), (1, self.k)).reshape(-1)
        indices = ops.stack((rows, idx.reshape(-1).astype(ms.int32)), axis=1)
        weights = ops.softmax(vals / self.t, axis=-1).reshape(-1)
        return ms.COOTensor(indices, weights, (n, n))

    def construct(self, z):
        z = ops.L2Normalize(axis=-1)(z)
        graph = self._sparse_graph(z)
        smoothed = graph.to_dense()
        smoothed = ops.matmul(smoothed, z)
        return ((z - ops.stop_gradient(smoothed)) ** 2).sum(-1).mean()


def make():
    np.random.seed(3689)
    cfg = NeighborConfig()
    z = Tensor(np.random.randn(6, cfg.dim).astype(np.float32))
    return KNNAffinity(cfg), (z,)
