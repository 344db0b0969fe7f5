# case: social attention over a padded set of vehicles per frame, hiding empty slots with masked_fill before softmax -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VehicleSocialAttention(nn.Cell):
    def __init__(self, feat_dim=4, dim=16):
        super().__init__()
        self.q = nn.Dense(feat_dim, dim)
        self.k = nn.Dense(feat_dim, dim)
        self.v = nn.Dense(feat_dim, dim)
        self.scale = dim ** -0.5
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, states, valid):
        # states: (frames, max_vehicles, feat); valid: (frames, max_vehicles) bool
        q, k, v = self.q(states), self.k(states), self.v(states)
        scores = ops.bmm(q, k.transpose(0, 2, 1)) * self.scale
        key_mask = ops.logical_not(ops.expand_dims(valid, 1))
        scores = ops.masked_fill(scores, key_mask, -1e9)
        attn = self.softmax(scores)
        out = ops.bmm(attn, v)
        return out * ops.expand_dims(valid.astype(ms.float32), -1)


def make():
    np.random.seed(39)
    states = Tensor(np.random.randn(3, 6, 4).astype(np.float32))
    counts = [6, 2, 4]
    valid = np.zeros((3, 6), dtype=bool)
    for f, c in enumerate(counts):
        valid[f, :c] = True
    return VehicleSocialAttention(), (states, Tensor(valid))
