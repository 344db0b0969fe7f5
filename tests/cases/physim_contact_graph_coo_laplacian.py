# case: contact graph between rigid bodies stored as a COOTensor built from thresholded pair indices, then used to diffuse velocity -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class ContactDiffusion(nn.Cell):
    """Friction-like smoothing: touching bodies share momentum."""

    def __init__(self, contact_dist=0.3, alpha=0.25, iters=2):
        super().__init__()
        self.contact_dist = contact_dist
        self.alpha = alpha
        self.iters = iters

    def adjacency(self, pos):
        n = pos.shape[0]
        diff = ops.expand_dims(pos, 1) - ops.expand_dims(pos, 0)
        dist = ops.norm(diff, dim=-1) + ops.eye(n, n, ms.float32) * 1e3
        touching = dist < self.contact_dist
        idx = ops.nonzero(touching).astype(ms.int32)
        vals = ops.ones(idx.shape[0], ms.float32)
        return COOTensor(idx, vals, (n, n))

    def construct(self, pos, vel):
        adj = self.adjacency(pos)
        deg = adj.to_dense().sum(1, keepdims=True)
        for _ in range(self.iters):
            nbr = adj.to_dense() @ vel
            vel = vel + self.alpha * (nbr - deg * vel) / (deg + 1.0)
        return vel


def make():
    np.random.seed(7)
    pos = Tensor(np.random.rand(10, 2).astype(np.float32))
    vel = Tensor(np.random.randn(10, 2).astype(np.float32))
    return ContactDiffusion(), (pos, vel)
