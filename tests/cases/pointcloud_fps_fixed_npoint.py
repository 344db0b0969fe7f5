# case: farthest point sampling with a constant npoint in a for loop, writing indices into a preallocated buffer and gathering points -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NPOINT = 4


class FarthestPointSample(nn.Cell):
    def __init__(self, npoint=NPOINT):
        super().__init__()
        self.npoint = npoint

    def construct(self, xyz):
        n = xyz.shape[0]
        dist = ops.full((n,), 1e10, dtype=ms.float32)
        idx = ops.zeros((self.npoint,), ms.int32)
        farthest = Tensor(0, ms.int32)
        for i in range(self.npoint):
            idx[i] = farthest
            centroid = xyz[farthest]
            d = ((xyz - centroid) ** 2).sum(axis=-1)
            dist = ops.minimum(dist, d)
            farthest = dist.argmax().astype(ms.int32)
        return ops.gather(xyz, idx, 0)


def make():
    return FarthestPointSample(), (Tensor(np.random.rand(32, 3).astype(np.float32)),)
