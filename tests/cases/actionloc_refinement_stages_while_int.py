# case: cascaded boundary refinement runs a while loop over a Python int stage counter with a CellList of heads -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CascadeRefiner(nn.Cell):
    def __init__(self, channels=8, num_stages=3):
        super().__init__()
        self.num_stages = num_stages
        self.heads = nn.CellList([nn.Dense(channels + 2, 2) for _ in range(num_stages)])

    def construct(self, feats, segs):
        # feats: (N, C), segs: (N, 2)
        i = 0
        while i < self.num_stages:
            delta = self.heads[i](ops.cat((feats, segs), axis=-1))
            segs = segs + ops.tanh(delta)
            i += 1
        return segs


def make():
    np.random.seed(45)
    feats = Tensor(np.random.randn(5, 8).astype(np.float32))
    s = np.random.rand(5).astype(np.float32) * 10
    segs = Tensor(np.stack([s, s + 4], axis=1))
    return CascadeRefiner(), (feats, segs)
