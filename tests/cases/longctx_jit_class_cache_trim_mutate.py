# case: @ms.jit_class sliding KV cache created in construct, mutated by a trim method and returned from the cell -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class SlidingCache:
    def __init__(self, keys, values, window):
        self.keys = keys
        self.values = values
        self.window = window

    def push(self, k, v):
        self.keys = ops.concat((self.keys, k), axis=1)[:, -self.window:]
        self.values = ops.concat((self.values, v), axis=1)[:, -self.window:]


class SlidingWindowDecoder(nn.Cell):
    def __init__(self, dim=8, window=4):
        super().__init__()
        self.window = window
        self.kv = nn.Dense(dim, 2 * dim)
        self.q = nn.Dense(dim, dim)

    def construct(self, x, past_k, past_v):
        k, v = ops.split(self.kv(x), x.shape[-1], axis=-1)
        cache = SlidingCache(past_k, past_v, self.window)
        cache.push(k, v)
        w = ops.softmax(ops.matmul(self.q(x), cache.keys.swapaxes(1, 2)), axis=-1)
        return ops.matmul(w, cache.values), cache


def make():
    np.random.seed(11)
    x = Tensor(np.random.randn(1, 1, 8).astype(np.float32))
    past_k = Tensor(np.random.randn(1, 4, 8).astype(np.float32))
    past_v = Tensor(np.random.randn(1, 4, 8).astype(np.float32))
    return SlidingWindowDecoder(), (x, past_k, past_v)
