# case: edge-feature encoder that builds the TSP distance matrix with np.linalg.norm on the input tensor inside construct -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EdgeEncoder(nn.Cell):
    def __init__(self, embed_dim=16, k_scale=1.0):
        super().__init__()
        self.node_proj = nn.Dense(2, embed_dim)
        self.edge_proj = nn.Dense(1, embed_dim)
        self.k_scale = k_scale

    def distance_matrix(self, coords):
        diff = coords[:, :, None, :] - coords[:, None, :, :]
        return Tensor(np.linalg.norm(diff, axis=-1).astype(np.float32))

    def construct(self, coords):
        h = self.node_proj(coords)
        dist = self.distance_matrix(coords) * self.k_scale
        e = self.edge_proj(dist.expand_dims(-1))
        agg = (ops.softmax(-dist, -1).expand_dims(-1) * e).sum(2)
        return h + agg


def make():
    np.random.seed(7)
    coords = Tensor(np.random.rand(2, 5, 2).astype(np.float32))
    return EdgeEncoder(), (coords,)
