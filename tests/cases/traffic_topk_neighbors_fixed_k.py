# case: trajectory model attends to the k nearest surrounding vehicles with topk over negative distances and a constructor-fixed k -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NearestNeighbourPool(nn.Cell):
    def __init__(self, k=3, feat_dim=4, hidden=8):
        super().__init__()
        self.k = k
        self.embed = nn.Dense(feat_dim, hidden)

    def pairwise_dist(self, pos):
        diff = ops.expand_dims(pos, 1) - ops.expand_dims(pos, 0)
        return ops.sqrt((diff * diff).sum(-1) + 1e-6)

    def construct(self, states):
        # states: (vehicles, 4) = x, y, vx, vy
        n = states.shape[0]
        dist = self.pairwise_dist(states[:, :2])
        dist = dist + ops.eye(n, n, ms.float32) * 1e6
        _, idx = ops.topk(-dist, self.k)
        h = self.embed(states)
        neigh = ops.gather(h, idx.reshape(-1), 0).reshape(n, self.k, -1)
        return ops.concat((h, neigh.max(axis=1)), axis=-1)


def make():
    np.random.seed(23)
    states = Tensor(np.random.randn(7, 4).astype(np.float32))
    return NearestNeighbourPool(), (states,)
