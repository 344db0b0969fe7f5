# case: sliding-window attention that slices the KV cache between tensor-valued start and current length -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlidingWindowAttention(nn.Cell):
    def __init__(self, hidden=16, window=4):
        super().__init__()
        self.window = window
        self.q_proj = nn.Dense(hidden, hidden)
        self.scale = hidden ** -0.5

    def _window_bounds(self, cur_len):
        start = ops.maximum(cur_len - self.window, Tensor(0, ms.int32))
        return start, cur_len

    def construct(self, x, k_cache, v_cache, cur_len):
        q = self.q_proj(x)
        start, end = self._window_bounds(cur_len)
        k = k_cache[:, start:end]
        v = v_cache[:, start:end]
        scores = ops.bmm(q, k.swapaxes(1, 2)) * self.scale
        attn = ops.softmax(scores, axis=-1)
        return ops.bmm(attn, v)


def make():
    np.random.seed(7)
    x = Tensor(np.random.randn(2, 1, 16).astype(np.float32))
    kc = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    vc = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    return SlidingWindowAttention(), (x, kc, vc, Tensor(7, ms.int32))
