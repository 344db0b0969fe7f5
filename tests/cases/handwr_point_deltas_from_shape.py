# case: turns absolute pen coordinates into deltas using the sequence length read from x.shape and pads the first step -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DeltaEncoder(nn.Cell):
    def __init__(self, out_dim=10):
        super().__init__()
        self.proj = nn.Dense(3, out_dim)

    def to_deltas(self, xy):
        t = xy.shape[1]
        d = xy[:, 1:t] - xy[:, 0:t - 1]
        first = ops.zeros((xy.shape[0], 1, 2), xy.dtype)
        return ops.concat((first, d), 1)

    def construct(self, points):
        d = self.to_deltas(points[:, :, :2])
        feats = ops.concat((d, points[:, :, 2:3]), -1)
        return self.proj(feats)


def make():
    np.random.seed(27)
    pts = np.random.rand(2, 11, 3).astype(np.float32)
    return DeltaEncoder(), (Tensor(pts),)
