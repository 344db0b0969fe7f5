# case: MSA row-wise gated self-attention with head split via .shape unpacking and a residue padding mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MSARowAttention(nn.Cell):
    def __init__(self, dim=16, num_heads=4, gating=True):
        super().__init__()
        self.num_heads = num_heads
        self.head_dim = dim // num_heads
        self.norm = nn.LayerNorm((dim,))
        self.qkv = nn.Dense(dim, 3 * dim, has_bias=False)
        self.gate = nn.Dense(dim, dim) if gating else None
        self.out = nn.Dense(dim, dim)
        self.scale = self.head_dim ** -0.5

    def split_heads(self, t):
        s, r, _ = t.shape
        return t.reshape(s, r, self.num_heads, self.head_dim).transpose(0, 2, 1, 3)

    def construct(self, msa, res_mask):
        s, r, c = msa.shape
        m = self.norm(msa)
        q, k, v = ops.split(self.qkv(m), c, axis=-1)
        q, k, v = self.split_heads(q), self.split_heads(k), self.split_heads(v)
        logits = ops.matmul(q * self.scale, k.transpose(0, 1, 3, 2))
        bias = (1.0 - res_mask[None, None, None, :]) * -1e9
        attn = ops.softmax(logits + bias, axis=-1)
        o = ops.matmul(attn, v).transpose(0, 2, 1, 3).reshape(s, r, c)
        if self.gate is not None:
            o = o * ops.sigmoid(self.gate(m))
        return msa + self.out(o)


def make():
    np.random.seed(24)
    msa = Tensor(np.random.randn(3, 6, 16).astype(np.float32))
    mask = np.ones(6, np.float32)
    mask[5] = 0
    return MSARowAttention(), (msa, Tensor(mask))
