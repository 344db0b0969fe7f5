# case: adjacency builder that takes the distance cut-off with ops.quantile on the tensor and a shape-only node count from dist.shape[0] -> looks like numpy-on-data but stays in tensor ops, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdjConfig:
    quantile = 0.3
    normalized_k = 0.1
    self_loop = True


class QuantileAdjacency(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.q = config.quantile
        self.normalized_k = config.normalized_k
        self.self_loop = config.self_loop

    def _cutoff(self, dist):
        n = dist.shape[0]
        flat = dist.reshape(n * n)
        k = int(n * n * self.q)  # Python int from a static shape
        return ops.sort(flat)[0][k]

    def construct(self, dist):
        cutoff = self._cutoff(dist)
        adj = ops.exp(-ops.square(dist / dist.std()))
        adj = adj * (dist <= cutoff).astype(adj.dtype)
        adj = adj * (adj > self.normalized_k).astype(adj.dtype)
        if self.self_loop:
            adj = ops.maximum(adj, ops.eye(dist.shape[0], dist.shape[0], adj.dtype))
        return adj


def make():
    np.random.seed(3826)
    pts = np.random.rand(9, 2).astype(np.float32)
    dist = np.sqrt(((pts[:, None] - pts[None]) ** 2).sum(-1)).astype(np.float32)
    return QuantileAdjacency(AdjConfig()), (Tensor(dist),)
