# case: ball query done the PointNet++ way: mask out-of-radius indices to n, sort, slice first nsample, pad with the first index; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BallQuery(nn.Cell):
    def __init__(self, radius=0.8, nsample=6):
        super().__init__()
        self.r2 = radius * radius
        self.nsample = nsample

    def construct(self, centers, pts):
        b, s, _ = centers.shape
        n = pts.shape[1]
        d2 = ops.cdist(centers, pts) ** 2
        idx = ops.arange(n, dtype=ms.int32).reshape(1, 1, n).tile((b, s, 1))
        idx = ops.where(d2 > self.r2, ops.full_like(idx, n), idx)
        idx, _ = ops.sort(idx.astype(ms.float32), -1)
        idx = idx[:, :, :self.nsample].astype(ms.int32)
        first = idx[:, :, :1].tile((1, 1, self.nsample))
        idx = ops.where(idx == n, first, idx)
        idx = ops.minimum(idx, n - 1)
        return ops.gather_elements(d2, 2, idx)


def make():
    rng = np.random.RandomState(8)
    centers = Tensor(rng.randn(2, 4, 3).astype(np.float32))
    pts = Tensor(rng.randn(2, 32, 3).astype(np.float32))
    return BallQuery(), (centers, pts)
