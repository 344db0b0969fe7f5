# case: greedy nearest-neighbour route that loops while any stop is unserved and appends visited indices to a Python list -> while on tensor value growing a list, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyRouter(nn.Cell):
    def __init__(self, big=1e6):
        super().__init__()
        self.big = big

    def construct(self, dist, start):
        n = dist.shape[0]
        unserved = ops.ones((n,), ms.float32)
        unserved[start] = 0.0
        current = start
        route = [current]
        while unserved.sum() > 0:
            row = dist[current] + (1.0 - unserved) * self.big
            nxt = ops.argmin(row)
            unserved[nxt] = 0.0
            route.append(nxt)
            current = nxt
        return ops.stack(route)


def make():
    np.random.seed(5)
    pts = np.random.uniform(0, 10, size=(6, 2))
    d = np.linalg.norm(pts[:, None] - pts[None], axis=-1).astype(np.float32)
    return GreedyRouter(), (Tensor(d), Tensor(0, ms.int32))
