# case: autoregressive token model shifting inputs right with a BOS column and a numpy-built causal mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CausalSelfAttention(nn.Cell):
    def __init__(self, dim=16, max_len=8):
        super().__init__()
        self.qkv = nn.Dense(dim, 3 * dim)
        self.proj = nn.Dense(dim, dim)
        self.scale = dim ** -0.5
        self.mask = Tensor(np.triu(np.full((max_len, max_len), -1e9, np.float32), 1))

    def construct(self, x):
        b, t, d = x.shape
        q, k, v = ops.split(self.qkv(x), d, axis=-1)
        att = ops.bmm(q, k.transpose(0, 2, 1)) * self.scale + self.mask[:t, :t]
        return self.proj(ops.bmm(ops.softmax(att, axis=-1), v))


class ARTokenModel(nn.Cell):
    def __init__(self, vocab=10, dim=16, max_len=8, bos_id=1):
        super().__init__()
        self.bos_id = bos_id
        self.tok = nn.Embedding(vocab, dim)
        self.pos = nn.Embedding(max_len, dim)
        self.attn = CausalSelfAttention(dim, max_len)
        self.head = nn.Dense(dim, vocab)
        self.ce = nn.CrossEntropyLoss()

    def shift_right(self, tokens):
        bos = ops.fill(tokens.dtype, (tokens.shape[0], 1), self.bos_id)
        return ops.concat((bos, tokens[:, :-1]), axis=1)

    def construct(self, tokens):
        inp = self.shift_right(tokens)
        pos = ops.arange(0, tokens.shape[1], dtype=ms.int32)
        h = self.tok(inp) + self.pos(pos)
        h = h + self.attn(h)
        logits = self.head(h)
        return self.ce(logits.reshape(-1, logits.shape[-1]), tokens.reshape(-1))


def make():
    np.random.seed(0)
    tokens = Tensor(np.random.randint(0, 10, size=(2, 6)).astype(np.int32))
    return ARTokenModel(), (tokens,)
