# case: attention block picks a causal (SASRec) or bidirectional (BERT4Rec) mask from config; the causal mask is a NumPy triangle built once in __init__ and combined with the padding mask via masked_fill -> config-driven constants, Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEG_INF = -1e9


class AttnConfig:
    def __init__(self, hidden=16, n_heads=2, max_len=8, causal=True):
        self.hidden = hidden
        self.n_heads = n_heads
        self.max_len = max_len
        self.causal = causal


class SeqSelfAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n_heads = config.n_heads
        self.head_dim = config.hidden // config.n_heads
        self.qkv = nn.Dense(config.hidden, 3 * config.hidden)
        self.out = nn.Dense(config.hidden, config.hidden)
        self.causal = config.causal
        self.future = Tensor(np.triu(np.ones((config.max_len, config.max_len), np.bool_), k=1))

    def _split(self, x):
        b, l, _ = x.shape
        return x.reshape(b, l, self.n_heads, self.head_dim).transpose(0, 2, 1, 3)

    def construct(self, h, item_ids):
        b, l, d = h.shape
        q, k, v = ops.split(self.qkv(h), d, axis=-1)
        q, k, v = self._split(q), self._split(k), self._split(v)
        scores = ops.matmul(q, k.swapaxes(-1, -2)) / (self.head_dim ** 0.5)
        block = (item_ids == 0).reshape(b, 1, 1, l)
        if self.causal:
            block = ops.logical_or(block, self.future[:l, :l].reshape(1, 1, l, l))
        scores = ops.masked_fill(scores, block, NEG_INF)
        ctx = ops.matmul(ops.softmax(scores, axis=-1), v)
        return self.out(ctx.transpose(0, 2, 1, 3).reshape(b, l, d))


def make():
    np.random.seed(3576)
    ids = np.random.randint(1, 30, size=(2, 8)).astype(np.int32)
    ids[1, :3] = 0
    h = np.random.randn(2, 8, 16).astype(np.float32)
    return SeqSelfAttention(AttnConfig()), (Tensor(h), Tensor(ids))
