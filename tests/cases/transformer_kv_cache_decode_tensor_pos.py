# case: incremental decoder step writes k/v into a fixed KV cache, then attends only over cache[:, :pos+1] with pos a tensor input; expect dynamic or error at LAX and STRICT
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

D = 16
MAX_LEN = 8


class CachedAttention(nn.Cell):
    def __init__(self, d=D, batch=2):
        super().__init__()
        self.q = nn.Dense(d, d)
        self.k = nn.Dense(d, d)
        self.v = nn.Dense(d, d)
        self.o = nn.Dense(d, d)
        zeros = np.zeros((batch, MAX_LEN, d), np.float32)
        self.k_cache = Parameter(Tensor(zeros), name="k_cache", requires_grad=False)
        self.v_cache = Parameter(Tensor(zeros), name="v_cache", requires_grad=False)
        self.scale = 1.0 / math.sqrt(d)

    def construct(self, x, pos):
        q = self.q(x)
        onehot = ops.one_hot(pos, MAX_LEN, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        w = onehot.reshape(1, MAX_LEN, 1)
        ops.assign(self.k_cache, self.k_cache * (1 - w) + self.k(x) * w)
        ops.assign(self.v_cache, self.v_cache * (1 - w) + self.v(x) * w)
        k = self.k_cache[:, :pos + 1]
        v = self.v_cache[:, :pos + 1]
        att = ops.softmax(ops.bmm(q, k.transpose(0, 2, 1)) * self.scale, axis=-1)
        return self.o(ops.bmm(att, v))


class DecoderStep(nn.Cell):
    def __init__(self, vocab=30):
        super().__init__()
        self.emb = nn.Embedding(vocab, D)
        self.attn = CachedAttention()
        self.ln = nn.LayerNorm((D,))
        self.lm = nn.Dense(D, vocab)

    def construct(self, tok, pos):
        x = self.emb(tok)
        x = x + self.attn(self.ln(x), pos)
        return self.lm(x).argmax(axis=-1)


def make():
    tok = Tensor(np.array([[3], [7]], np.int32))
    return DecoderStep(), (tok, Tensor(3, ms.int32))
