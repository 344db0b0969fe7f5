# case: local/global attention where the window may be an int or a (left, right) tuple checked with isinstance and the first n_global tokens are global by config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LocalGlobalMask(nn.Cell):
    def __init__(self, window=2, num_global_tokens=1):
        super().__init__()
        if isinstance(window, int):
            window = (window, window)
        self.left, self.right = window
        self.num_global_tokens = num_global_tokens

    def construct(self, seq_len):
        i = ops.arange(seq_len).reshape(-1, 1)
        j = ops.arange(seq_len).reshape(1, -1)
        local = ops.logical_and(j >= i - self.left, j <= i + self.right)
        is_global = ops.arange(seq_len) < self.num_global_tokens
        glob = ops.logical_or(is_global.reshape(-1, 1), is_global.reshape(1, -1))
        return ops.logical_or(local, glob)


class LocalGlobalSelfAttention(nn.Cell):
    def __init__(self, dim=8, window=(1, 2), num_global_tokens=2):
        super().__init__()
        self.scale = dim ** -0.5
        self.mask = LocalGlobalMask(window, num_global_tokens)
        self.qkv = nn.Dense(dim, 3 * dim, has_bias=False)

    def construct(self, x, padding_mask=None):
        b, s, d = x.shape
        q, k, v = ops.split(self.qkv(x), d, axis=-1)
        allowed = self.mask(s)
        if isinstance(padding_mask, Tensor):
            allowed = ops.logical_and(allowed, padding_mask.reshape(b, 1, s).astype(ms.bool_))
        scores = ops.matmul(q, k.swapaxes(1, 2)) * self.scale
        scores = ops.select(allowed.broadcast_to(scores.shape), scores, ops.full_like(scores, -1e9))
        return ops.matmul(ops.softmax(scores, axis=-1), v)


def make():
    np.random.seed(34)
    x = Tensor(np.random.randn(2, 7, 8).astype(np.float32))
    pad = Tensor(np.array([[1] * 7, [1] * 5 + [0] * 2], dtype=np.int32))
    return LocalGlobalSelfAttention(), (x, pad)
