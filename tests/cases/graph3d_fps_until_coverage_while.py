# case: adaptive farthest point sampling that keeps appending centroids while the coverage radius is above a threshold -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveFPS(nn.Cell):
    def __init__(self, coverage=0.35, max_points=16):
        super().__init__()
        self.coverage = coverage
        self.max_points = max_points

    def construct(self, xyz):
        n = xyz.shape[0]
        dist = ops.ones((n,), ms.float32) * 1e10
        centers = xyz[0:1]
        last = xyz[0]
        count = 1
        radius = Tensor(1e10, ms.float32)
        while radius > self.coverage and count < self.max_points:
            dist = ops.minimum(dist, ops.reduce_sum((xyz - last) ** 2, -1))
            far = ops.argmax(dist)
            radius = ops.sqrt(dist[far])
            last = xyz[far]
            centers = ops.concat([centers, last.expand_dims(0)], axis=0)
            count += 1
        return centers


def make():
    np.random.seed(22)
    xyz = Tensor(np.random.rand(40, 3).astype(np.float32))
    return AdaptiveFPS(), (xyz,)
