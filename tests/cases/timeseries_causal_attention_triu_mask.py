# case: temporal transformer block with a causal mask from ops.triu on ones sized by x.shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CausalSelfAttention(nn.Cell):
    def __init__(self, d_model=16, num_heads=4, causal=True):
        super().__init__()
        self.h = num_heads
        self.dk = d_model // num_heads
        self.causal = causal
        self.wq = nn.Dense(d_model, d_model)
        self.wk = nn.Dense(d_model, d_model)
        self.wv = nn.Dense(d_model, d_model)
        self.wo = nn.Dense(d_model, d_model)

    def heads(self, t):
        b, s, _ = t.shape
        return t.view(b, s, self.h, self.dk).transpose(0, 2, 1, 3)

    def construct(self, x):
        b, s, d = x.shape
        q, k, v = self.heads(self.wq(x)), self.heads(self.wk(x)), self.heads(self.wv(x))
        scores = ops.matmul(q, k.transpose(0, 1, 3, 2)) / (self.dk ** 0.5)
        if self.causal:
            future = ops.triu(ops.ones((s, s), ms.float32), diagonal=1).astype(ms.bool_)
            scores = ops.masked_fill(scores, future, -1e9)
        attn = ops.softmax(scores, axis=-1)
        out = ops.matmul(attn, v).transpose(0, 2, 1, 3).view(b, s, d)
        return self.wo(out)


class TemporalBlock(nn.Cell):
    def __init__(self, d_model=16):
        super().__init__()
        self.attn = CausalSelfAttention(d_model)
        self.norm = nn.LayerNorm((d_model,))

    def construct(self, x):
        return self.norm(x + self.attn(x))


def make():
    np.random.seed(25)
    return TemporalBlock(), (Tensor(np.random.randn(2, 7, 16).astype(np.float32)),)
