# case: adaptive resampling keeps a fixed fraction of the pool with top-k where k is computed from pool.shape and a constructor ratio -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdvectionResidual(nn.Cell):
    def __init__(self, c=1.0, width=16):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(2, width), nn.Tanh(), nn.Dense(width, 2))
        self.c = c

    def construct(self, xt):
        d = self.net(xt)
        return ops.abs(d[:, 1] + self.c * d[:, 0])


class FractionResampler(nn.Cell):
    def __init__(self, ratio=0.25):
        super().__init__()
        self.res = AdvectionResidual()
        self.ratio = ratio

    def construct(self, pool, base_points):
        r = self.res(pool)
        k = max(1, int(pool.shape[0] * self.ratio))
        _, idx = ops.topk(r, k)
        added = ops.gather(pool, idx, 0)
        return ops.concat((base_points, added), axis=0)


def make():
    np.random.seed(30)
    pool = Tensor(np.random.rand(48, 2).astype(np.float32))
    base = Tensor(np.random.rand(16, 2).astype(np.float32))
    return FractionResampler(), (pool, base)
