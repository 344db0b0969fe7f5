# case: crown mesh smoothing multiplies vertex positions by a dense vertex-adjacency matrix precomputed in __init__ -> graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def ring_adjacency_dense(n):
    adj = np.zeros((n, n), np.float32)
    for i in range(n):
        adj[i, (i - 1) % n] = 0.5
        adj[i, (i + 1) % n] = 0.5
    return adj


class MarginRingSmoother(nn.Cell):
    def __init__(self, n_vertices=64, alpha=0.5, iters=3):
        super().__init__()
        self.adj = Tensor(ring_adjacency_dense(n_vertices))
        self.alpha = alpha
        self.iters = iters

    def construct(self, verts):
        for _ in range(self.iters):
            avg = ops.matmul(self.adj, verts)
            verts = (1 - self.alpha) * verts + self.alpha * avg
        return verts


def make():
    np.random.seed(321)
    n = 64
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    verts = np.stack([5 * np.cos(t), 5 * np.sin(t), 0.2 * np.random.randn(n)], 1).astype(np.float32)
    return MarginRingSmoother(n), (Tensor(verts),)
