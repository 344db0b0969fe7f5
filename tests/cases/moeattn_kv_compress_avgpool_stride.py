# case: memory-compressed attention that shortens keys/values with a strided AvgPool1d (stride from config) and keeps the most recent tokens uncompressed -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CompressedKVAttention(nn.Cell):
    def __init__(self, dim=8, compress_stride=2, recent_tokens=2):
        super().__init__()
        self.recent_tokens = recent_tokens
        self.scale = dim ** -0.5
        self.pool = nn.AvgPool1d(kernel_size=compress_stride, stride=compress_stride)
        self.to_q = nn.Dense(dim, dim)
        self.to_kv = nn.Dense(dim, 2 * dim)

    def _compress(self, t):
        old = t[:, : t.shape[1] - self.recent_tokens]
        recent = t[:, t.shape[1] - self.recent_tokens:]
        pooled = self.pool(old.swapaxes(1, 2)).swapaxes(1, 2)
        return ops.concat((pooled, recent), axis=1)

    def construct(self, x):
        q = self.to_q(x[:, -1:])
        k, v = ops.split(self.to_kv(x), x.shape[-1], axis=-1)
        k, v = self._compress(k), self._compress(v)
        attn = ops.softmax(ops.bmm(q, k.swapaxes(1, 2)) * self.scale, axis=-1)
        return ops.bmm(attn, v), k.shape[1]


def make():
    np.random.seed(38)
    x = Tensor(np.random.randn(2, 10, 8).astype(np.float32))
    return CompressedKVAttention(), (x,)
