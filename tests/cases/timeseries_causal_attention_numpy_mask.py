# case: causal self-attention over time builds its triangular mask with NumPy from the input shape inside construct -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CausalTemporalAttention(nn.Cell):
    def __init__(self, d_model=16, num_heads=2, dropout=0.0):
        super().__init__()
        self.num_heads = num_heads
        self.head_dim = d_model // num_heads
        self.qkv = nn.Dense(d_model, 3 * d_model)
        self.out = nn.Dense(d_model, d_model)
        self.drop = nn.Dropout(p=dropout)
        self.scale = self.head_dim ** -0.5

    def _split(self, t, b, s):
        return t.reshape(b, s, self.num_heads, self.head_dim).transpose(0, 2, 1, 3)

    def _causal_bias(self, seq_len):
        future = np.triu(np.ones((seq_len, seq_len), dtype=np.float32), k=1)
        return Tensor(future * -1e9)

    def construct(self, x):
        b, s, d = x.shape
        q, k, v = ops.split(self.qkv(x), d, axis=-1)
        q, k, v = self._split(q, b, s), self._split(k, b, s), self._split(v, b, s)
        scores = ops.matmul(q, k.swapaxes(-1, -2)) * self.scale
        attn = ops.softmax(scores + self._causal_bias(s), axis=-1)
        ctx = ops.matmul(self.drop(attn), v).transpose(0, 2, 1, 3).reshape(b, s, d)
        return self.out(ctx)


def make():
    np.random.seed(14)
    x = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    return CausalTemporalAttention(), (x,)
