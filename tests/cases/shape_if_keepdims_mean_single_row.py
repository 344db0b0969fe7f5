# case: near miss: the rows averaged with keep_dims on an input of one row, against the input itself (same shape)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Pool(nn.Cell):
    def __init__(self, thr=0.0):
        super().__init__()
        self.proj = nn.Dense(8, 8)
        self.thr = thr

    def construct(self, x):
        h = ops.tanh(self.proj(x))
        if x.mean() > self.thr:
            out = h.mean(axis=0, keep_dims=True)
        else:
            out = h
        return out * 2.0


def make():
    np.random.seed(5)
    return Pool(), (Tensor(np.random.randn(1, 8).astype(np.float32)),)
