# case: mesh Laplacian smoothing layer stores a dense normalised adjacency matrix built in NumPy in the constructor and applies it with matmul -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def ring_adjacency(n):
    a = np.zeros((n, n), np.float32)
    for i in range(n):
        a[i, (i - 1) % n] = 1.0
        a[i, (i + 1) % n] = 1.0
    deg = a.sum(axis=1, keepdims=True)
    return a / deg


class LaplacianSmoother(nn.Cell):
    def __init__(self, n_nodes=8, feat=3, alpha=0.5, n_iters=2):
        super().__init__()
        self.adj = Tensor(ring_adjacency(n_nodes))
        self.alpha = alpha
        self.n_iters = n_iters
        self.proj = nn.Dense(feat, feat)

    def construct(self, h):
        for _ in range(self.n_iters):
            h = (1.0 - self.alpha) * h + self.alpha * ops.matmul(self.adj, h)
        return self.proj(h)


def make():
    np.random.seed(26)
    h = Tensor(np.random.randn(8, 3).astype(np.float32))
    return LaplacianSmoother(), (h,)
