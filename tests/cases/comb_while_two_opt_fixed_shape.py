# case: batched 2-opt local search on a fixed-size tour: while loop on a tensor "improved" flag capped by max_iters, reversal done with a gather of fixed size -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TwoOptSearch(nn.Cell):
    def __init__(self, max_iters=5):
        super().__init__()
        self.max_iters = max_iters

    def tour_len(self, coords, tour):
        pts = ops.gather(coords, tour, 0)
        nxt = ops.concat([pts[1:], pts[:1]], 0)
        return ops.norm(nxt - pts, dim=-1).sum()

    def reverse_segment(self, tour, i, j):
        pos = ops.arange(tour.shape[0])
        inside = ops.logical_and(pos >= i, pos <= j)
        src = ops.where(inside, i + j - pos, pos)
        return ops.gather(tour, src, 0)

    def construct(self, coords, tour):
        n = tour.shape[0]
        best = self.tour_len(coords, tour)
        improved = Tensor(True)
        it = Tensor(0, ms.int32)
        while improved and it < self.max_iters:
            improved = Tensor(False)
            for i in range(1, n - 1):
                for j in range(i + 1, n):
                    cand = self.reverse_segment(tour, i, j)
                    cl = self.tour_len(coords, cand)
                    better = cl < best - 1e-6
                    tour = ops.select(better, cand, tour)
                    best = ops.select(better, cl, best)
                    improved = ops.logical_or(improved, better)
            it = it + 1
        return tour, best


def make():
    np.random.seed(38)
    coords = Tensor(np.random.rand(5, 2).astype(np.float32))
    return TwoOptSearch(), (coords, Tensor(np.array([0, 3, 1, 4, 2], np.int32)))
