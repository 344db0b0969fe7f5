# case: attention-model encoder layer with an optional padding mask defaulting to None, guarded with `is not None` -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MHALayer(nn.Cell):
    def __init__(self, embed_dim=16, n_heads=4, ff_hidden=32):
        super().__init__()
        self.n_heads = n_heads
        self.dk = embed_dim // n_heads
        self.qkv = nn.Dense(embed_dim, 3 * embed_dim, has_bias=False)
        self.out = nn.Dense(embed_dim, embed_dim)
        self.ff = nn.SequentialCell([nn.Dense(embed_dim, ff_hidden), nn.ReLU(), nn.Dense(ff_hidden, embed_dim)])
        self.norm1 = nn.LayerNorm((embed_dim,))
        self.norm2 = nn.LayerNorm((embed_dim,))

    def attend(self, x, pad_mask=None):
        b, n, d = x.shape
        q, k, v = ops.split(self.qkv(x), d, -1)
        q = q.view(b, n, self.n_heads, self.dk).transpose(0, 2, 1, 3)
        k = k.view(b, n, self.n_heads, self.dk).transpose(0, 2, 1, 3)
        v = v.view(b, n, self.n_heads, self.dk).transpose(0, 2, 1, 3)
        s = ops.matmul(q, k.transpose(0, 1, 3, 2)) / (self.dk ** 0.5)
        if pad_mask is not None:
            s = ops.masked_fill(s, pad_mask.view(b, 1, 1, n), -1e9)
        o = ops.matmul(ops.softmax(s, -1), v).transpose(0, 2, 1, 3).reshape(b, n, d)
        return self.out(o)

    def construct(self, x, pad_mask=None):
        x = self.norm1(x + self.attend(x, pad_mask))
        return self.norm2(x + self.ff(x))


class Encoder(nn.Cell):
    def __init__(self, n_layers=2, embed_dim=16):
        super().__init__()
        self.init = nn.Dense(2, embed_dim)
        self.layers = nn.CellList([MHALayer(embed_dim) for _ in range(n_layers)])

    def construct(self, coords, pad_mask=None):
        h = self.init(coords)
        for layer in self.layers:
            h = layer(h, pad_mask)
        return h, h.mean(1)


def make():
    np.random.seed(29)
    return Encoder(), (Tensor(np.random.rand(2, 5, 2).astype(np.float32)),)
