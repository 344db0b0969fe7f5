# case: tensor stored onto a plain cache object (self.cache.buf = x) inside construct, then read back; STRICT should reject the attribute store, LAX may interpret it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeatureCache:
    def __init__(self):
        self.buf = None
        self.hits = 0


class CachedEncoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cache = FeatureCache()
        self.proj = nn.Dense(6, 6)

    def construct(self, x):
        feat = ops.tanh(self.proj(x))
        self.cache.buf = feat
        out = self.cache.buf + x
        return out


def make():
    return CachedEncoder(), (Tensor(np.ones((2, 6), np.float32)),)
