# case: farthest point sampling with a Python range over a constant npoint, argmax per step -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FarthestPointSampler(nn.Cell):
    def __init__(self, npoint=6, start_index=0):
        super().__init__()
        self.npoint = npoint
        self.start_index = start_index

    def construct(self, xyz):
        # xyz: (B, N, 3) -> (B, npoint) indices
        b, n, _ = xyz.shape
        dist = ops.fill(ms.float32, (b, n), 1e10)
        farthest = ops.fill(ms.int32, (b,), self.start_index)
        batch = ops.arange(0, b, dtype=ms.int32)
        picks = []
        for _ in range(self.npoint):
            picks.append(farthest)
            idx = ops.stack([batch, farthest], axis=1)
            centroid = ops.gather_nd(xyz, idx).expand_dims(1)
            d = ops.reduce_sum((xyz - centroid) ** 2, -1)
            dist = ops.minimum(dist, d)
            farthest = ops.argmax(dist, dim=-1).astype(ms.int32)
        return ops.stack(picks, axis=1)


class SampleAndGather(nn.Cell):
    def __init__(self, npoint=6):
        super().__init__()
        self.fps = FarthestPointSampler(npoint)

    def construct(self, xyz):
        idx = self.fps(xyz)
        return ops.gather_elements(xyz, 1, ops.tile(idx.expand_dims(-1), (1, 1, 3)))


def make():
    np.random.seed(7)
    xyz = Tensor(np.random.rand(2, 32, 3).astype(np.float32))
    return SampleAndGather(), (xyz,)
