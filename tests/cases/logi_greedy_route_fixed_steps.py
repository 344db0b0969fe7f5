# case: greedy nearest-neighbour tour over a fixed number of steps taken from dist.shape, visited stops masked with a large penalty -> constant loop with static shapes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyTour(nn.Cell):
    def __init__(self, big=1e6):
        super().__init__()
        self.big = big

    def construct(self, dist):
        n = dist.shape[0]
        visited = ops.zeros((n,), ms.float32)
        visited[0] = 1.0
        current = 0
        total = ops.zeros((), ms.float32)
        for _ in range(n - 1):
            row = dist[current] + visited * self.big
            nxt = ops.argmin(row)
            total = total + dist[current][nxt]
            visited = visited + ops.one_hot(nxt, n, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
            current = nxt
        return total, visited


def make():
    np.random.seed(25)
    pts = np.random.uniform(0, 10, size=(6, 2))
    d = np.linalg.norm(pts[:, None] - pts[None], axis=-1).astype(np.float32)
    return GreedyTour(), (Tensor(d),)
