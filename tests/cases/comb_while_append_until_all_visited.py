# case: single-instance greedy construction that keeps appending nodes to a growing tour tensor in a while loop until the visited mask is full -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyConstruct(nn.Cell):
    def __init__(self, hidden=8, start_node=0):
        super().__init__()
        self.score = nn.Dense(4, 1)
        self.start_node = start_node

    def step_scores(self, coords, cur):
        here = coords[cur].expand_dims(0).broadcast_to(coords.shape)
        feats = ops.concat([coords, coords - here], -1)
        return self.score(feats).squeeze(-1)

    def construct(self, coords):
        n = coords.shape[0]
        visited = ops.zeros((n,), ms.bool_)
        visited[self.start_node] = True
        cur = Tensor(self.start_node, ms.int32)
        tour = cur.view(1)
        while not visited.all():
            s = ops.masked_fill(self.step_scores(coords, cur), visited, -1e9)
            cur = ops.argmax(s).astype(ms.int32)
            visited[cur] = True
            tour = ops.concat([tour, cur.view(1)])
        return tour


def make():
    np.random.seed(12)
    coords = Tensor(np.random.rand(6, 2).astype(np.float32))
    return GreedyConstruct(), (coords,)
