# case: sleep-stage transformer over padded epoch sequences using an additive key-padding mask (-1e9 where padded) in self-attention -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EpochSelfAttention(nn.Cell):
    def __init__(self, d_model=16):
        super().__init__()
        self.qkv = nn.Dense(d_model, 3 * d_model)
        self.scale = d_model ** -0.5
        self.d_model = d_model

    def construct(self, x, pad_mask):
        # x: (batch, seq, d); pad_mask: (batch, seq) bool, True where padded
        q, k, v = ops.split(self.qkv(x), self.d_model, axis=-1)
        scores = ops.bmm(q, k.transpose(0, 2, 1)) * self.scale
        bias = pad_mask.astype(ms.float32).expand_dims(1) * -1e9
        attn = ops.softmax(scores + bias, axis=-1)
        return ops.bmm(attn, v)


class SleepTransformer(nn.Cell):
    def __init__(self, n_feat=10, d_model=16, n_stages=5):
        super().__init__()
        self.embed = nn.Dense(n_feat, d_model)
        self.attn = EpochSelfAttention(d_model)
        self.norm = nn.LayerNorm((d_model,))
        self.head = nn.Dense(d_model, n_stages)

    def construct(self, feats, pad_mask):
        h = self.embed(feats)
        h = self.norm(h + self.attn(h, pad_mask))
        return self.head(h)


def make():
    np.random.seed(36)
    feats = np.random.randn(2, 9, 10).astype(np.float32)
    pad = np.zeros((2, 9), dtype=bool)
    pad[1, 6:] = True
    return SleepTransformer(), (Tensor(feats), Tensor(pad))
