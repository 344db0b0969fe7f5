# case: transformer ASR decoder layer in teacher forcing with causal mask from tgt.shape and key padding mask from memory lengths -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedAttention(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.q = nn.Dense(dim, dim)
        self.kv = nn.Dense(dim, 2 * dim)
        self.scale = dim ** -0.5

    def construct(self, x, mem, mask):
        q = self.q(x)
        k, v = ops.split(self.kv(mem), q.shape[-1], axis=-1)
        scores = ops.bmm(q, k.transpose(0, 2, 1)) * self.scale
        scores = ops.masked_fill(scores, ops.logical_not(mask), -1e9)
        return ops.bmm(ops.softmax(scores, axis=-1), v)


class DecoderLayer(nn.Cell):
    def __init__(self, vocab=12, dim=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.self_attn = MaskedAttention(dim)
        self.cross_attn = MaskedAttention(dim)
        self.norm = nn.LayerNorm((dim,))
        self.out = nn.Dense(dim, vocab)

    def construct(self, tgt, memory, mem_lengths):
        b, l = tgt.shape
        x = self.embed(tgt)
        causal = ops.tril(ops.ones((l, l), ms.int32)).astype(ms.bool_).expand_dims(0)
        x = self.norm(x + self.self_attn(x, x, causal))
        key_ok = ops.arange(memory.shape[1]).reshape(1, 1, -1) < mem_lengths.reshape(-1, 1, 1)
        x = self.norm(x + self.cross_attn(x, memory, key_ok))
        return self.out(x)


def make():
    np.random.seed(37)
    tgt = Tensor(np.random.randint(0, 12, (2, 5)).astype(np.int32))
    mem = Tensor(np.random.randn(2, 7, 8).astype(np.float32))
    return DecoderLayer(), (tgt, mem, Tensor(np.array([7, 4], np.int32)))
