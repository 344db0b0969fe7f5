# case: adjacency builder that picks the distance cut-off as a percentile computed with np.percentile on dist.asnumpy() inside construct -> NumPy on tensor values in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdjConfig:
    percentile = 30.0
    normalized_k = 0.1


class PercentileAdjacency(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.percentile = config.percentile
        self.normalized_k = config.normalized_k

    def _cutoff(self, dist):
        return float(np.percentile(dist.asnumpy(), self.percentile))

    def construct(self, dist):
        cutoff = self._cutoff(dist)
        std = dist.std()
        adj = ops.exp(-ops.square(dist / std))
        adj = adj * (dist <= cutoff).astype(adj.dtype)
        return adj * (adj > self.normalized_k).astype(adj.dtype)


def make():
    np.random.seed(3825)
    pts = np.random.rand(9, 2).astype(np.float32)
    dist = np.sqrt(((pts[:, None] - pts[None]) ** 2).sum(-1)).astype(np.float32)
    return PercentileAdjacency(AdjConfig()), (Tensor(dist),)
