# case: greedy association loops while the best remaining cost is under threshold, appending matched pairs to a Python list -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyMatcher(nn.Cell):
    def __init__(self, max_cost=0.7, inf=1e6):
        super().__init__()
        self.max_cost = max_cost
        self.inf = inf

    def _mask_row_col(self, cost, r, c):
        n, m = cost.shape
        rows = ops.arange(n).reshape(n, 1)
        cols = ops.arange(m).reshape(1, m)
        hit = ops.logical_or(rows == r, cols == c)
        return ops.where(hit, ops.full_like(cost, self.inf), cost)

    def construct(self, cost):
        matches = []
        m = cost.shape[1]
        best = cost.min()
        while best < self.max_cost:
            flat = ops.argmin(cost.reshape(-1))
            r, c = flat // m, flat % m
            matches.append(ops.stack([r, c]))
            cost = self._mask_row_col(cost, r, c)
            best = cost.min()
        return ops.stack(matches)


def make():
    np.random.seed(6)
    cost = Tensor(np.random.rand(4, 5).astype(np.float32))
    return GreedyMatcher(), (cost,)
