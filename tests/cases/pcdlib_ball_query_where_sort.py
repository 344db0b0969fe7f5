# case: PointNet++ query_ball_point: out-of-radius ids replaced by N with ops.where, sorted, first nsample kept, empties filled with the first hit -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QueryConfig:
    def __init__(self, radius=0.3, nsample=8, use_xyz=True):
        self.radius = radius
        self.nsample = nsample
        self.use_xyz = use_xyz


def square_distance(src, dst):
    return (src.expand_dims(2) - dst.expand_dims(1)).pow(2).sum(-1)


class QueryBallPoint(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.radius = config.radius
        self.nsample = config.nsample

    def construct(self, xyz, new_xyz):
        b, n, _ = xyz.shape
        s = new_xyz.shape[1]
        group_idx = ops.broadcast_to(ops.arange(0, n, dtype=ms.int32).view(1, 1, n), (b, s, n))
        sqrdists = square_distance(new_xyz, xyz)
        outside = sqrdists > self.radius ** 2
        group_idx = ops.where(outside, ops.full_like(group_idx, n), group_idx)
        group_idx = ops.sort(group_idx.astype(ms.float32), axis=-1)[0][:, :, :self.nsample]
        group_idx = group_idx.astype(ms.int32)
        group_first = ops.tile(group_idx[:, :, 0:1], (1, 1, self.nsample))
        empty = group_idx == n
        group_idx = ops.where(empty, group_first, group_idx)
        return group_idx


def make():
    np.random.seed(3484)
    xyz = Tensor(np.random.rand(2, 64, 3).astype(np.float32))
    new_xyz = Tensor(np.random.rand(2, 16, 3).astype(np.float32))
    return QueryBallPoint(QueryConfig()), (xyz, new_xyz)
