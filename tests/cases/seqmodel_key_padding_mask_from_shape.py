# case: additive key-padding mask built from lengths against arange(seq_len) taken from x.shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def lengths_to_padding_mask(lengths, max_len):
    positions = ops.arange(max_len, dtype=lengths.dtype)
    return positions.expand_dims(0) < lengths.expand_dims(1)


class PaddedSelfAttention(nn.Cell):
    def __init__(self, hidden=16, num_heads=2, neg_inf=-1e9):
        super().__init__()
        self.num_heads = num_heads
        self.head_dim = hidden // num_heads
        self.qkv = nn.Dense(hidden, 3 * hidden)
        self.out = nn.Dense(hidden, hidden)
        self.neg_inf = neg_inf

    def _split(self, t, batch, seq_len):
        return t.reshape(batch, seq_len, self.num_heads, self.head_dim).transpose(0, 2, 1, 3)

    def construct(self, x, lengths):
        batch, seq_len, hidden = x.shape
        q, k, v = ops.split(self.qkv(x), hidden, axis=-1)
        q, k, v = self._split(q, batch, seq_len), self._split(k, batch, seq_len), self._split(v, batch, seq_len)
        scores = ops.matmul(q, k.swapaxes(-1, -2)) / (self.head_dim ** 0.5)
        keep = lengths_to_padding_mask(lengths, seq_len)
        scores = ops.masked_fill(scores, ~keep.reshape(batch, 1, 1, seq_len), self.neg_inf)
        ctx = ops.matmul(ops.softmax(scores, axis=-1), v)
        return self.out(ctx.transpose(0, 2, 1, 3).reshape(batch, seq_len, hidden))


def make():
    np.random.seed(21)
    x = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    return PaddedSelfAttention(), (x, Tensor(np.array([6, 4], np.int32)))
