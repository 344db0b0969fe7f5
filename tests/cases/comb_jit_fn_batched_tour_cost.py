# case: @ms.jit function computing batched TSP tour cost and a validity check from a permutation matrix built with one_hot and shape-derived sizes -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def _perm_matrix(tour, n):
    return ops.one_hot(tour, n, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))


@ms.jit
def tour_cost_and_validity(coords, tour):
    b, n, _ = coords.shape
    perm = _perm_matrix(tour, n)               # (b, n, n)
    ordered = ops.bmm(perm, coords)            # (b, n, 2)
    nxt = ops.concat([ordered[:, 1:], ordered[:, :1]], 1)
    cost = ops.sqrt(((nxt - ordered) ** 2).sum(-1)).sum(-1)
    col_counts = perm.sum(1)                   # each node should appear once
    valid = (ops.abs(col_counts - 1.0) < 1e-6).all(-1)
    return cost, valid


def make():
    np.random.seed(32)
    coords = Tensor(np.random.rand(3, 6, 2).astype(np.float32))
    tours = np.stack([np.random.permutation(6) for _ in range(3)]).astype(np.int32)
    tours[2, 3] = tours[2, 4]
    return tour_cost_and_validity, (coords, Tensor(tours))
