# case: farthest point sampling with a Python for-loop over a constant npoint, argmax and one-hot updates; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FarthestPointSampler(nn.Cell):
    def __init__(self, npoint=8):
        super().__init__()
        self.npoint = npoint

    def construct(self, xyz):
        b, n, _ = xyz.shape
        dist = ops.ones((b, n), ms.float32) * 1e10
        farthest = ops.zeros((b,), ms.int32)
        batch_idx = ops.arange(b, dtype=ms.int32)
        chosen = []
        for _ in range(self.npoint):
            chosen.append(farthest)
            idx = ops.stack((batch_idx, farthest), -1)
            centroid = ops.gather_nd(xyz, idx).expand_dims(1)
            d = ((xyz - centroid) ** 2).sum(-1)
            dist = ops.minimum(dist, d)
            farthest = ops.argmax(dist, -1).astype(ms.int32)
        sel = ops.stack(chosen, 1)
        gidx = ops.stack((batch_idx.reshape(-1, 1).tile((1, self.npoint)), sel), -1)
        return ops.gather_nd(xyz, gidx)


def make():
    xyz = Tensor(np.random.RandomState(6).randn(2, 64, 3).astype(np.float32))
    return FarthestPointSampler(), (xyz,)
