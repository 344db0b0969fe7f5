# case: transformer encoder layer with an optional padding mask built only when lengths is given (None guard) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def make_pad_mask(lengths, max_len):
    pos = ops.arange(max_len).astype(lengths.dtype)
    return pos.expand_dims(0) >= lengths.expand_dims(1)


class EncoderLayer(nn.Cell):
    def __init__(self, dim=16, ff_dim=32, normalize_before=True):
        super().__init__()
        self.q = nn.Dense(dim, dim)
        self.kv = nn.Dense(dim, 2 * dim)
        self.ff = nn.SequentialCell(nn.Dense(dim, ff_dim), nn.ReLU(), nn.Dense(ff_dim, dim))
        self.norm1 = nn.LayerNorm((dim,))
        self.norm2 = nn.LayerNorm((dim,))
        self.normalize_before = normalize_before
        self.scale = dim ** -0.5

    def attention(self, x, pad_mask=None):
        k, v = ops.chunk(self.kv(x), 2, axis=-1)
        scores = ops.bmm(self.q(x), k.swapaxes(1, 2)) * self.scale
        if pad_mask is not None:
            scores = scores.masked_fill(pad_mask.expand_dims(1), -1e4)
        return ops.bmm(ops.softmax(scores, axis=-1), v)

    def construct(self, x, lengths=None):
        pad_mask = None
        if lengths is not None:
            pad_mask = make_pad_mask(lengths, x.shape[1])
        h = self.norm1(x) if self.normalize_before else x
        x = x + self.attention(h, pad_mask)
        h = self.norm2(x) if self.normalize_before else x
        return x + self.ff(h)


def make():
    np.random.seed(29)
    x = Tensor(np.random.randn(2, 9, 16).astype(np.float32))
    lens = Tensor(np.array([9, 6], dtype=np.int32))
    return EncoderLayer(), (x, lens)
