# case: ball-query helper truncates the sorted neighbour list to the largest in-radius count (a tensor) computed from the distances -> dynamic (slice bound from tensor value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BallConfig:
    radius = 0.3
    max_nsample = 16
    pad_with_first = True


def truncate_neighbours(sorted_idx, count):
    return sorted_idx[..., :count]


class AdaptiveBallQuery(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.r2 = config.radius ** 2
        self.max_nsample = config.max_nsample
        self.pad_with_first = config.pad_with_first

    def construct(self, xyz, new_xyz):
        d = (new_xyz.expand_dims(2) - xyz.expand_dims(1)).pow(2).sum(-1)
        sorted_d, sorted_idx = ops.sort(d, axis=-1)
        count = (d < self.r2).astype(ms.int32).sum(-1).max()
        count = ops.minimum(count, self.max_nsample)
        idx = truncate_neighbours(sorted_idx, count)
        within = truncate_neighbours(sorted_d, count) < self.r2
        if self.pad_with_first:
            idx = ops.where(within, idx, idx[..., :1])
        return idx


def make():
    np.random.seed(3518)
    xyz = Tensor(np.random.rand(2, 64, 3).astype(np.float32))
    new_xyz = Tensor(np.random.rand(2, 16, 3).astype(np.float32))
    return AdaptiveBallQuery(BallConfig()), (xyz, new_xyz)
