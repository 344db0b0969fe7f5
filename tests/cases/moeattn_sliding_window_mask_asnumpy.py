# case: sliding-window attention building the per-sample band mask from valid lengths via .asnumpy() inside construct -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlidingWindowAttention(nn.Cell):
    def __init__(self, dim=16, num_heads=2, window=3):
        super().__init__()
        self.num_heads = num_heads
        self.head_dim = dim // num_heads
        self.window = window
        self.qkv = nn.Dense(dim, 3 * dim)
        self.out_proj = nn.Dense(dim, dim)

    def _band_mask(self, lengths, seq_len):
        mask = np.zeros((lengths.shape[0], seq_len, seq_len), dtype=np.float32)
        for b, n in enumerate(lengths.asnumpy()):
            for i in range(n):
                lo = max(0, i - self.window)
                mask[b, i, lo:i + 1] = 1.0
        return Tensor(mask)

    def construct(self, x, lengths):
        bsz, seq_len, dim = x.shape
        qkv = self.qkv(x).reshape(bsz, seq_len, 3, self.num_heads, self.head_dim)
        q, k, v = ops.unbind(qkv.transpose(2, 0, 3, 1, 4), 0)
        scores = ops.matmul(q, k.swapaxes(-1, -2)) * (self.head_dim ** -0.5)
        mask = self._band_mask(lengths, seq_len).expand_dims(1)
        scores = ops.masked_fill(scores, mask == 0, -1e9)
        ctx = ops.matmul(ops.softmax(scores, axis=-1), v)
        ctx = ctx.transpose(0, 2, 1, 3).reshape(bsz, seq_len, dim)
        return self.out_proj(ctx)


def make():
    np.random.seed(4)
    x = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    lengths = Tensor(np.array([6, 4], dtype=np.int32))
    return SlidingWindowAttention(), (x, lengths)
