# case: ball query looping over centroids, boolean-mask neighbours then truncate/pad -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NaiveBallGroup(nn.Cell):
    def __init__(self, radius=0.35, nsample=4, num_centers=3, out_dim=16):
        super().__init__()
        self.radius = radius
        self.nsample = nsample
        self.num_centers = num_centers
        self.mlp = nn.Dense(3, out_dim)

    def group_one(self, xyz, center):
        d = ops.norm(xyz - center, dim=-1)
        inside = xyz[d < self.radius]
        inside = ops.concat([inside, ops.tile(center.expand_dims(0), (self.nsample, 1))], axis=0)
        return inside[:self.nsample] - center

    def construct(self, xyz):
        groups = []
        for i in range(self.num_centers):
            groups.append(self.group_one(xyz, xyz[i]))
        grouped = ops.stack(groups, axis=0)        # (S, nsample, 3)
        return self.mlp(grouped).max(axis=1)


def make():
    np.random.seed(10)
    xyz = Tensor(np.random.rand(30, 3).astype(np.float32))
    return NaiveBallGroup(), (xyz,)
