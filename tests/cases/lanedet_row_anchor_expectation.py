# case: UFLD-style row-anchor head: softmax over grid cells, expected column location, and a no-lane bin decided with ops.where -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RowAnchorHead(nn.Cell):
    def __init__(self, in_dim=32, griding_num=20, num_rows=6, num_lanes=4):
        super().__init__()
        self.griding_num = griding_num
        self.num_rows = num_rows
        self.num_lanes = num_lanes
        self.cls = nn.Dense(in_dim, (griding_num + 1) * num_rows * num_lanes)
        self.grid_idx = Tensor(np.arange(1, griding_num + 1, dtype=np.float32).reshape(1, -1, 1, 1))

    def construct(self, feat):
        b = feat.shape[0]
        out = self.cls(feat).view(b, self.griding_num + 1, self.num_rows, self.num_lanes)
        prob = ops.softmax(out[:, :-1], axis=1)
        loc = (prob * self.grid_idx).sum(axis=1)
        no_lane = out.argmax(axis=1) == self.griding_num
        loc = ops.where(no_lane, ops.zeros_like(loc), loc)
        return loc


def make():
    np.random.seed(20)
    feat = Tensor(np.random.randn(2, 32).astype(np.float32))
    return RowAnchorHead(), (feat,)
