# case: attention uses a @ms.jit_class rotary-embedding helper built in __init__ and only read inside construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RotaryHelper:
    def __init__(self, dim, max_len=16, base=10000.0):
        inv_freq = 1.0 / (base ** (np.arange(0, dim, 2, dtype=np.float32) / dim))
        t = np.arange(max_len, dtype=np.float32)
        freqs = np.outer(t, inv_freq)
        emb = np.concatenate([freqs, freqs], axis=-1)
        self.cos = Tensor(np.cos(emb))
        self.sin = Tensor(np.sin(emb))

    def rotate_half(self, x):
        x1, x2 = x.chunk(2, -1)
        return ops.cat([-x2, x1], -1)

    def apply(self, x, seq_len):
        cos = self.cos[:seq_len]
        sin = self.sin[:seq_len]
        return x * cos + self.rotate_half(x) * sin


class RotaryAttentionScores(nn.Cell):
    def __init__(self, dim=8, max_len=16):
        super().__init__()
        self.q = nn.Dense(dim, dim)
        self.k = nn.Dense(dim, dim)
        self.rope = RotaryHelper(dim, max_len)

    def construct(self, x):
        seq_len = x.shape[1]
        q = self.rope.apply(self.q(x), seq_len)
        k = self.rope.apply(self.k(x), seq_len)
        return ops.softmax(q @ k.swapaxes(1, 2) / (x.shape[-1] ** 0.5), -1)


def make():
    np.random.seed(39)
    x = np.random.randn(2, 5, 8).astype(np.float32)
    return RotaryAttentionScores(), (Tensor(x),)
