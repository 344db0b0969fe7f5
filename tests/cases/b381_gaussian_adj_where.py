# case: road-graph adjacency from pairwise sensor distances with a Gaussian kernel and a sparsity threshold applied by 3-arg ops.where -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GraphConfig:
    def __init__(self, sigma_scale=1.0, threshold=0.1, add_self_loops=True, normalize="row"):
        self.sigma_scale = sigma_scale
        self.threshold = threshold
        self.add_self_loops = add_self_loops
        self.normalize = normalize


def _row_normalize(adj, eps=1e-8):
    deg = adj.sum(axis=-1, keepdims=True)
    return adj / (deg + eps)


class DistanceAdjacency(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.sigma_scale = config.sigma_scale
        self.threshold = config.threshold
        self.add_self_loops = config.add_self_loops
        self.normalize = config.normalize

    def construct(self, dist):
        sigma = dist.std() * self.sigma_scale
        adj = ops.exp(-ops.square(dist / sigma))
        # keep weak links out of the graph but preserve a dense, fixed-shape matrix
        adj = ops.where(adj < self.threshold, ops.zeros_like(adj), adj)
        if self.add_self_loops:
            adj = adj + ops.eye(dist.shape[0], dist.shape[1], adj.dtype)
        if self.normalize == "row":
            adj = _row_normalize(adj)
        elif self.normalize == "sym":
            d = ops.rsqrt(adj.sum(axis=-1) + 1e-8)
            adj = d.reshape(-1, 1) * adj * d.reshape(1, -1)
        return adj


def make():
    np.random.seed(3810)
    coords = np.random.rand(12, 2).astype(np.float32) * 5.0
    dist = np.linalg.norm(coords[:, None, :] - coords[None, :, :], axis=-1).astype(np.float32)
    return DistanceAdjacency(GraphConfig()), (Tensor(dist),)
