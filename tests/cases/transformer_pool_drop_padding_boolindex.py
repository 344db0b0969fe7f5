# case: transformer encoder that drops padded tokens with a boolean mask index before mean pooling; expect dynamic (masked select) at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0


class Encoder(nn.Cell):
    def __init__(self, vocab=100, d=32, heads=4):
        super().__init__()
        self.emb = nn.Embedding(vocab, d)
        self.pos = ms.Parameter(Tensor(np.random.randn(1, 64, d).astype(np.float32) * 0.02), name="pos")
        self.attn = nn.MultiheadAttention(d, heads, batch_first=True)
        self.norm = nn.LayerNorm((d,))
        self.head = nn.Dense(d, 3)

    def construct(self, ids):
        seq = ids.shape[1]
        pad = ids == PAD_ID
        x = self.emb(ids) + self.pos[:, :seq]
        h, _ = self.attn(x, x, x, key_padding_mask=pad)
        h = self.norm(x + h)
        keep = ops.logical_not(pad)
        tokens = h[keep]
        pooled = tokens.mean(axis=0, keep_dims=True)
        return self.head(pooled)


def make():
    ids = np.random.randint(1, 100, size=(2, 10)).astype(np.int32)
    ids[0, 7:] = PAD_ID
    ids[1, 5:] = PAD_ID
    return Encoder(), (Tensor(ids),)
