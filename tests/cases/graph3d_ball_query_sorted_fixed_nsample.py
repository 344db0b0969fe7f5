# case: PointNet++ ball query via sort of masked indices with fixed nsample, first-index padding -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def square_distance(src, dst):
    # src: (B, S, 3), dst: (B, N, 3)
    d = -2 * ops.bmm(src, dst.transpose(0, 2, 1))
    d += (src ** 2).sum(-1).expand_dims(-1)
    d += (dst ** 2).sum(-1).expand_dims(1)
    return d


class BallQuery(nn.Cell):
    def __init__(self, radius=0.3, nsample=8):
        super().__init__()
        self.radius = radius
        self.nsample = nsample

    def construct(self, xyz, new_xyz):
        b, n, _ = xyz.shape
        s = new_xyz.shape[1]
        group_idx = ops.tile(ops.arange(0, n, dtype=ms.int32).reshape(1, 1, n), (b, s, 1))
        sqrdists = square_distance(new_xyz, xyz)
        group_idx = ops.where(sqrdists > self.radius ** 2, ops.full_like(group_idx, n), group_idx)
        group_idx = ops.sort(group_idx.astype(ms.float32), axis=-1)[0].astype(ms.int32)
        group_idx = group_idx[:, :, :self.nsample]
        group_first = ops.tile(group_idx[:, :, :1], (1, 1, self.nsample))
        return ops.where(group_idx == n, group_first, group_idx)


class GroupPoints(nn.Cell):
    def __init__(self, radius=0.3, nsample=8):
        super().__init__()
        self.query = BallQuery(radius, nsample)

    def construct(self, xyz, new_xyz):
        idx = self.query(xyz, new_xyz)
        b, s, k = idx.shape
        flat = (idx + (ops.arange(0, b, dtype=ms.int32) * xyz.shape[1]).reshape(b, 1, 1)).reshape(-1)
        grouped = ops.gather(xyz.reshape(-1, 3), flat, 0).reshape(b, s, k, 3)
        return grouped - new_xyz.expand_dims(2)


def make():
    np.random.seed(9)
    xyz = Tensor(np.random.rand(2, 40, 3).astype(np.float32))
    new_xyz = xyz[:, :6, :]
    return GroupPoints(), (xyz, new_xyz)
