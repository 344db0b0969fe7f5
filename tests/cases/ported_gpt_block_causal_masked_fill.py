# case: GPT block builds a causal mask from the sequence length in .shape with triu and masked_fill(-inf) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CausalSelfAttention(nn.Cell):
    def __init__(self, n_embd=16, n_head=2, block_size=8):
        super().__init__()
        self.c_attn = nn.Dense(n_embd, 3 * n_embd)
        self.c_proj = nn.Dense(n_embd, n_embd)
        self.n_head = n_head
        self.block_size = block_size

    def construct(self, x):
        B, T, C = x.shape
        q, k, v = self.c_attn(x).split(C, axis=2)
        k = k.view(B, T, self.n_head, C // self.n_head).transpose(0, 2, 1, 3)
        q = q.view(B, T, self.n_head, C // self.n_head).transpose(0, 2, 1, 3)
        v = v.view(B, T, self.n_head, C // self.n_head).transpose(0, 2, 1, 3)
        att = (q @ k.swapaxes(-2, -1)) * (1.0 / (k.shape[-1] ** 0.5))
        causal = ops.triu(ops.ones((T, T), ms.bool_), diagonal=1)
        att = att.masked_fill(causal.view(1, 1, T, T), float("-inf"))
        att = ops.softmax(att, -1)
        y = (att @ v).transpose(0, 2, 1, 3).contiguous().view(B, T, C)
        return self.c_proj(y)


class Block(nn.Cell):
    def __init__(self, n_embd=16, n_head=2):
        super().__init__()
        self.ln_1 = nn.LayerNorm((n_embd,))
        self.attn = CausalSelfAttention(n_embd, n_head)
        self.ln_2 = nn.LayerNorm((n_embd,))
        self.mlp = nn.SequentialCell(nn.Dense(n_embd, 4 * n_embd), nn.GELU(), nn.Dense(4 * n_embd, n_embd))

    def construct(self, x):
        x = x + self.attn(self.ln_1(x))
        x = x + self.mlp(self.ln_2(x))
        return x


def make():
    np.random.seed(24)
    x = np.random.randn(2, 6, 16).astype(np.float32)
    return Block(), (Tensor(x),)
