# case: decoder layer that wraps its key/value tensors in a plain Python KVCache object built inside construct and appends to it -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KVCache:
    def __init__(self, keys, values):
        self.keys = keys
        self.values = values

    def append(self, k, v):
        self.keys = ops.concat((self.keys, k), axis=1)
        self.values = ops.concat((self.values, v), axis=1)
        return self


class DecoderAttention(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.q = nn.Dense(dim, dim)
        self.kv = nn.Dense(dim, 2 * dim)
        self.scale = dim ** -0.5

    def construct(self, x, past_k, past_v):
        k, v = ops.split(self.kv(x), x.shape[-1], axis=-1)
        cache = KVCache(past_k, past_v)
        cache = cache.append(k, v)
        scores = ops.matmul(self.q(x), cache.keys.swapaxes(1, 2)) * self.scale
        out = ops.matmul(ops.softmax(scores, axis=-1), cache.values)
        return out, cache.keys, cache.values


def make():
    np.random.seed(10)
    x = Tensor(np.random.randn(1, 2, 8).astype(np.float32))
    past_k = Tensor(np.random.randn(1, 3, 8).astype(np.float32))
    past_v = Tensor(np.random.randn(1, 3, 8).astype(np.float32))
    return DecoderAttention(), (x, past_k, past_v)
