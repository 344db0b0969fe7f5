# case: streaming decoder that appends new keys/values to the cache and keeps the last window positions plus attention-sink tokens using config-int slices -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamingKVCache(nn.Cell):
    def __init__(self, window=4, num_sink=1):
        super().__init__()
        self.window = window
        self.num_sink = num_sink

    def construct(self, k_cache, v_cache, k_new, v_new):
        k = ops.concat((k_cache, k_new), axis=2)
        v = ops.concat((v_cache, v_new), axis=2)
        if k.shape[2] <= self.window + self.num_sink:
            return k, v
        k = ops.concat((k[:, :, :self.num_sink], k[:, :, -self.window:]), axis=2)
        v = ops.concat((v[:, :, :self.num_sink], v[:, :, -self.window:]), axis=2)
        return k, v


class StreamingAttention(nn.Cell):
    def __init__(self, head_dim=4, window=4):
        super().__init__()
        self.cache = StreamingKVCache(window=window)
        self.scale = head_dim ** -0.5

    def construct(self, q, k_new, v_new, k_cache, v_cache):
        k, v = self.cache(k_cache, v_cache, k_new, v_new)
        probs = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) * self.scale, axis=-1)
        return ops.matmul(probs, v), k, v


def make():
    np.random.seed(27)
    q = Tensor(np.random.randn(1, 2, 1, 4).astype(np.float32))
    k_new = Tensor(np.random.randn(1, 2, 1, 4).astype(np.float32))
    v_new = Tensor(np.random.randn(1, 2, 1, 4).astype(np.float32))
    k_cache = Tensor(np.random.randn(1, 2, 6, 4).astype(np.float32))
    v_cache = Tensor(np.random.randn(1, 2, 6, 4).astype(np.float32))
    return StreamingAttention(), (q, k_new, v_new, k_cache, v_cache)
