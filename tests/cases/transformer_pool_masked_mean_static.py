# case: transformer encoder that mean-pools only non-padded tokens with a float mask (sum/count); expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0


class Encoder(nn.Cell):
    def __init__(self, vocab=100, d=32, heads=4):
        super().__init__()
        self.emb = nn.Embedding(vocab, d)
        self.pos = ms.Parameter(Tensor(np.random.randn(1, 64, d).astype(np.float32) * 0.02), name="pos")
        self.q = nn.Dense(d, d)
        self.k = nn.Dense(d, d)
        self.v = nn.Dense(d, d)
        self.norm = nn.LayerNorm((d,))
        self.head = nn.Dense(d, 3)
        self.scale = d ** -0.5

    def construct(self, ids):
        seq = ids.shape[1]
        pad = ids == PAD_ID
        x = self.emb(ids) + self.pos[:, :seq]
        scores = ops.bmm(self.q(x), self.k(x).transpose(0, 2, 1)) * self.scale
        scores = ops.masked_fill(scores, pad[:, None, :], -1e9)
        h = ops.bmm(ops.softmax(scores, -1), self.v(x))
        h = self.norm(x + h)
        keep = ops.logical_not(pad).astype(h.dtype)[..., None]
        pooled = (h * keep).sum(axis=1) / ops.clamp(keep.sum(axis=1), min=1.0)
        return self.head(pooled)


def make():
    ids = np.random.randint(1, 100, size=(2, 10)).astype(np.int32)
    ids[0, 7:] = PAD_ID
    ids[1, 5:] = PAD_ID
    return Encoder(), (Tensor(ids),)
