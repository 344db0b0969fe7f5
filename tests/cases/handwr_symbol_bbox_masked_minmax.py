# case: computes a symbol's bounding box from its points by filling non-member points with +/-inf via ops.where before min/max -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SymbolBBox(nn.Cell):
    def __init__(self, big=1e4):
        super().__init__()
        self.big = big

    def construct(self, points, member):
        # points: (T, 2), member: (T,) bool, True where point belongs to the symbol
        m = member.reshape(-1, 1)
        hi = ops.full_like(points, self.big)
        lo = ops.full_like(points, -self.big)
        mins = ops.where(m, points, hi).min(axis=0)
        maxs = ops.where(m, points, lo).max(axis=0)
        return ops.concat((mins, maxs))


def make():
    np.random.seed(26)
    pts = np.random.rand(12, 2).astype(np.float32)
    member = np.zeros(12, np.bool_)
    member[3:8] = True
    return SymbolBBox(), (Tensor(pts), Tensor(member))
