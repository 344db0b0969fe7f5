# case: propagate humidity between neighbouring cave shelves with a dense adjacency matrix built in __init__ and ops.matmul for a fixed number of steps -> dense, static loop count, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def ring_adjacency(n):
    a = np.zeros((n, n), np.float32)
    for i in range(n):
        a[i, (i - 1) % n] = 0.5
        a[i, (i + 1) % n] = 0.5
    return a


class ShelfDiffusion(nn.Cell):
    def __init__(self, n_shelves=8, steps=3, alpha=0.3):
        super().__init__()
        self.adj = Tensor(ring_adjacency(n_shelves))
        self.steps = steps
        self.alpha = alpha

    def construct(self, rh):
        for _ in range(self.steps):
            rh = (1 - self.alpha) * rh + self.alpha * ops.matmul(self.adj, rh)
        return rh


def make():
    np.random.seed(3223)
    rh = (88 + 6 * np.random.rand(8, 1)).astype(np.float32)
    return ShelfDiffusion(), (Tensor(rh),)
