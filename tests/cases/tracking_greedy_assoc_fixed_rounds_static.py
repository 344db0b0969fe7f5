# case: greedy association with a fixed number of rounds min(T, D) from static shapes, matches written into fixed-size arrays -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedRoundGreedy(nn.Cell):
    def __init__(self, max_cost=0.7, inf=1e6):
        super().__init__()
        self.max_cost = max_cost
        self.inf = inf

    def construct(self, cost):
        n, m = cost.shape
        rounds = min(n, m)
        track_to_det = ops.full((n,), -1, dtype=ms.int32)
        rows = ops.arange(n).reshape(n, 1)
        cols = ops.arange(m).reshape(1, m)
        for _ in range(rounds):
            flat = ops.argmin(cost.reshape(-1))
            r = (flat // m).astype(ms.int32)
            c = (flat % m).astype(ms.int32)
            ok = cost.reshape(-1)[flat] < self.max_cost
            assign = ops.logical_and(ops.arange(n) == r, ok)
            track_to_det = ops.where(assign, c.broadcast_to((n,)), track_to_det)
            hit = ops.logical_or(rows == r, cols == c)
            cost = ops.where(hit, ops.full_like(cost, self.inf), cost)
        return track_to_det


def make():
    np.random.seed(7)
    cost = Tensor(np.random.rand(4, 6).astype(np.float32))
    return FixedRoundGreedy(), (cost,)
