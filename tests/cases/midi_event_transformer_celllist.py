# case: small event-token transformer encoder iterating over a CellList of blocks with a causal mask built from the sequence length in x.shape -> constant loop, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EventBlock(nn.Cell):
    def __init__(self, dim=32):
        super().__init__()
        self.qkv = nn.Dense(dim, dim * 3)
        self.ff = nn.SequentialCell(nn.Dense(dim, dim * 2), nn.GELU(), nn.Dense(dim * 2, dim))
        self.n1 = nn.LayerNorm((dim,))
        self.n2 = nn.LayerNorm((dim,))
        self.scale = dim ** -0.5

    def construct(self, x, causal):
        q, k, v = ops.split(self.qkv(self.n1(x)), x.shape[-1], axis=-1)
        att = ops.matmul(q, k.swapaxes(-1, -2)) * self.scale + causal
        x = x + ops.matmul(ops.softmax(att, axis=-1), v)
        return x + self.ff(self.n2(x))


class EventTransformer(nn.Cell):
    def __init__(self, vocab=388, dim=32, depth=2):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.blocks = nn.CellList([EventBlock(dim) for _ in range(depth)])
        self.head = nn.Dense(dim, vocab)

    def construct(self, tokens):
        t = tokens.shape[1]
        causal = ops.triu(ops.ones((t, t), ms.float32), diagonal=1) * -1e9
        x = self.embed(tokens)
        for blk in self.blocks:
            x = blk(x, causal)
        return self.head(x)


def make():
    np.random.seed(40)
    tokens = Tensor(np.random.randint(0, 388, size=(2, 10)).astype(np.int32))
    return EventTransformer(), (tokens,)
