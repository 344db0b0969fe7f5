# case: mesh Laplacian builds a COOTensor adjacency from ops.nonzero on a distance threshold and multiplies node features; expect dynamic or error at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


def build_adjacency(pos, radius):
    diff = pos.expand_dims(1) - pos.expand_dims(0)
    dist = ops.sqrt((diff ** 2).sum(-1) + 1e-12)
    mask = dist < radius
    idx = ops.nonzero(mask).astype(ms.int32)
    vals = ops.exp(-ops.gather_nd(dist, idx))
    n = pos.shape[0]
    return COOTensor(idx, vals, (n, n))


class Net(nn.Cell):
    def __init__(self, radius=0.6):
        super().__init__()
        self.radius = radius
        self.fc = nn.Dense(3, 3)

    def construct(self, pos, feat):
        adj = build_adjacency(pos, self.radius)
        dense_adj = adj.to_dense()
        return self.fc(ops.matmul(dense_adj, feat))


def make():
    pos = Tensor(np.random.rand(8, 2).astype(np.float32))
    feat = Tensor(np.random.randn(8, 3).astype(np.float32))
    return Net(), (pos, feat)
