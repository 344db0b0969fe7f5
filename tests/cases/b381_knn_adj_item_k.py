# case: sparsify sensor adjacency by keeping top-k neighbours where k is derived from the mean node degree via .item() -> top-k size from tensor data, graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparsifyConfig:
    threshold = 0.2
    min_k = 2
    keep_self = True


def _degree(adj, threshold):
    return (adj > threshold).astype(ms.float32).sum(axis=-1)


class KNNSparsifier(nn.Cell):
    """Keep the k strongest links per sensor, k adapts to graph density."""

    def __init__(self, config):
        super().__init__()
        self.threshold = config.threshold
        self.min_k = config.min_k
        self.keep_self = getattr(config, "keep_self", False)

    def _adaptive_k(self, adj):
        k = int(_degree(adj, self.threshold).mean().item())
        return max(k, self.min_k)

    def construct(self, adj):
        k = self._adaptive_k(adj)
        vals, idx = ops.topk(adj, k)
        sparse = ops.zeros_like(adj)
        sparse = ops.tensor_scatter_elements(sparse, idx, vals, axis=1)
        if self.keep_self:
            sparse = sparse + ops.eye(adj.shape[0], adj.shape[0], adj.dtype)
        return sparse


def make():
    np.random.seed(3811)
    a = np.random.rand(10, 10).astype(np.float32)
    a = (a + a.T) / 2
    return KNNSparsifier(SparsifyConfig()), (Tensor(a),)
