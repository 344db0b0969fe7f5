# case: a sliding-window KV cache read where the window start is passed as a plain Python int argument (not a tensor), so the slice bounds are compile-time constants and the result should be static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlidingWindowRead(nn.Cell):
    def __init__(self, window=4, head_dim=8):
        super().__init__()
        self.window = window
        self.scale = 1.0 / np.sqrt(head_dim)

    def _attend(self, q, k, v):
        w = ops.matmul(q, k.swapaxes(-1, -2)) * self.scale
        return ops.matmul(ops.softmax(w, axis=-1), v)

    def construct(self, q, key_cache, value_cache, cache_len):
        start = max(0, cache_len - self.window)
        k = key_cache[:, start:cache_len]
        v = value_cache[:, start:cache_len]
        return self._attend(q, k, v)


def make():
    q = Tensor(np.random.randn(2, 1, 8).astype(np.float32))
    kc = Tensor(np.random.randn(2, 16, 8).astype(np.float32))
    vc = Tensor(np.random.randn(2, 16, 8).astype(np.float32))
    return SlidingWindowRead(), (q, kc, vc, 10)
