# case: self-attentive knowledge tracing block builds a causal mask from x.shape and only adds a padding mask when it is not None -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SAKTBlock(nn.Cell):
    def __init__(self, dim=8, use_layernorm=True):
        super().__init__()
        self.q = nn.Dense(dim, dim)
        self.k = nn.Dense(dim, dim)
        self.v = nn.Dense(dim, dim)
        self.norm = nn.LayerNorm((dim,))
        self.use_layernorm = use_layernorm
        self.scale = dim ** -0.5

    def causal_bias(self, seq_len):
        tri = ops.triu(ops.ones((seq_len, seq_len), ms.float32), diagonal=1)
        return tri * -1e9

    def construct(self, x, pad_mask=None):
        seq_len = x.shape[1]
        scores = ops.matmul(self.q(x), self.k(x).transpose(0, 2, 1)) * self.scale
        scores = scores + self.causal_bias(seq_len)
        if pad_mask is not None:
            scores = scores + (1.0 - pad_mask.expand_dims(1)) * -1e9
        out = ops.matmul(ops.softmax(scores, axis=-1), self.v(x)) + x
        if self.use_layernorm:
            out = self.norm(out)
        return out


def make():
    np.random.seed(28)
    x = Tensor(np.random.randn(2, 7, 8).astype(np.float32))
    pad = Tensor(np.array([[1] * 7, [1] * 4 + [0] * 3], dtype=np.float32))
    return SAKTBlock(), (x, pad)
