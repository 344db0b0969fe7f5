# case: text encoder self-attention with key padding mask from ops.sequence_mask(lengths, x.shape[1]) and masked_fill -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedSelfAttention(nn.Cell):
    def __init__(self, hidden=16, n_heads=2):
        super().__init__()
        self.n_heads = n_heads
        self.d_head = hidden // n_heads
        self.qkv = nn.Dense(hidden, hidden * 3)
        self.out = nn.Dense(hidden, hidden)

    def _split(self, t, b, n):
        return t.reshape(b, n, self.n_heads, self.d_head).transpose(0, 2, 1, 3)

    def construct(self, x, key_mask):
        b, n, h = x.shape
        q, k, v = ops.split(self.qkv(x), h, axis=-1)
        q, k, v = self._split(q, b, n), self._split(k, b, n), self._split(v, b, n)
        scores = ops.matmul(q, k.transpose(0, 1, 3, 2)) / (self.d_head ** 0.5)
        pad = ops.logical_not(key_mask).reshape(b, 1, 1, n)
        scores = ops.masked_fill(scores, pad, -1e4)
        ctx = ops.matmul(ops.softmax(scores, -1), v).transpose(0, 2, 1, 3).reshape(b, n, h)
        return self.out(ctx)


class PhonemeEncoder(nn.Cell):
    def __init__(self, vocab=30, hidden=16):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.attn = MaskedSelfAttention(hidden)
        self.ln = nn.LayerNorm((hidden,))

    def construct(self, tokens, lengths):
        x = self.emb(tokens)
        mask = ops.sequence_mask(lengths, x.shape[1])
        x = self.ln(x + self.attn(x, mask))
        return x * mask.expand_dims(-1).astype(x.dtype)


def make():
    np.random.seed(24)
    tok = Tensor(np.random.randint(1, 30, (2, 7)).astype(np.int32))
    lens = Tensor(np.array([7, 5], dtype=np.int32))
    return PhonemeEncoder(), (tok, lens)
