# case: token pruning in attention keeps the sequence length and masks pruned keys with masked_fill(-inf-like) before softmax -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PrunedSelfAttention(nn.Cell):
    def __init__(self, dim=8, keep_thresh=0.0):
        super().__init__()
        self.qkv = nn.Dense(dim, dim * 3)
        self.keep_score = nn.Dense(dim, 1)
        self.proj = nn.Dense(dim, dim)
        self.scale = dim ** -0.5
        self.keep_thresh = keep_thresh

    def construct(self, x):
        q, k, v = ops.split(self.qkv(x), x.shape[-1], axis=-1)
        pruned = self.keep_score(x).squeeze(-1) < self.keep_thresh
        pruned[:, 0] = False
        attn = ops.bmm(q, k.transpose(0, 2, 1)) * self.scale
        attn = attn.masked_fill(pruned.expand_dims(1), -1e9)
        attn = ops.softmax(attn, axis=-1)
        return self.proj(ops.bmm(attn, v))


def make():
    np.random.seed(39)
    x = Tensor(np.random.randn(2, 7, 8).astype(np.float32))
    return PrunedSelfAttention(), (x,)
