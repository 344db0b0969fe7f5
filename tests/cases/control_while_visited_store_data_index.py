# case: a visited mask written at a data index inside a while on it, growing a tour -> error at the concat
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Greedy(nn.Cell):
    def construct(self, coords):
        n = coords.shape[0]
        visited = ops.zeros((n,), ms.bool_)
        visited[0] = True
        cur = Tensor(0, ms.int32)
        tour = cur.view(1)
        while not visited.all():
            s = ops.masked_fill(coords.sum(-1), visited, -1e9)
            cur = ops.argmax(s).astype(ms.int32)
            visited[cur] = True
            tour = ops.concat([tour, cur.view(1)])
        return tour


def make():
    np.random.seed(3)
    return Greedy(), (Tensor(np.random.rand(5, 2).astype(np.float32)),)
