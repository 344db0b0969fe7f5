# case: nearest-unvisited heuristic for a single instance that lists unvisited nodes with nonzero and gathers their coordinates -> dynamic shape at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NearestNeighbourStep(nn.Cell):
    def __init__(self, use_sqrt=True):
        super().__init__()
        self.use_sqrt = use_sqrt

    def candidate_nodes(self, visited):
        # indices of nodes that are still open
        return ops.nonzero(ops.logical_not(visited)).reshape(-1)

    def pairwise(self, a, b):
        d2 = ((a - b) ** 2).sum(-1)
        return ops.sqrt(d2) if self.use_sqrt else d2

    def construct(self, coords, visited, current):
        cand = self.candidate_nodes(visited)
        cand_xy = ops.gather(coords, cand, 0)
        cur_xy = coords[current]
        dist = self.pairwise(cand_xy, cur_xy.expand_dims(0))
        best = ops.argmin(dist, 0)
        return cand[best], dist.min()


def make():
    np.random.seed(2)
    coords = Tensor(np.random.rand(8, 2).astype(np.float32))
    visited = np.zeros(8, dtype=bool)
    visited[[0, 3, 5]] = True
    return NearestNeighbourStep(), (coords, Tensor(visited), Tensor(3, ms.int32))
