# case: near miss: pooled features projected by a square Dense on one arm, the pooled features on the other (same shape)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PooledHead(nn.Cell):
    def __init__(self, ch=4):
        super().__init__()
        self.head = nn.Dense(ch, ch)
        self.ch = ch

    def construct(self, feat):
        pooled = feat.mean(axis=(2, 3))
        if pooled.max() > 0.5:
            out = self.head(pooled)
        else:
            out = pooled
        return out


def make():
    np.random.seed(6)
    return PooledHead(), (Tensor(np.random.randn(2, 4, 5, 5).astype(np.float32)),)
