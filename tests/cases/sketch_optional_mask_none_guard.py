# case: stroke transformer block with an optional padding mask guarded by `is None` and an isinstance check on the scale -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrokeSelfAttention(nn.Cell):
    """Single-head self-attention over stroke embeddings."""

    def __init__(self, dim=8, scale=None, neg_inf=-1e9):
        super().__init__()
        self.qkv = nn.Dense(dim, 3 * dim)
        self.out = nn.Dense(dim, dim)
        self.dim = dim
        self.scale = scale
        self.neg_inf = neg_inf

    def attention_scale(self):
        if isinstance(self.scale, float):
            return self.scale
        return 1.0 / (self.dim ** 0.5)

    def construct(self, x, pad_mask=None):
        q, k, v = ops.split(self.qkv(x), self.dim, axis=-1)
        scores = ops.matmul(q, k.transpose(0, 2, 1)) * self.attention_scale()
        if pad_mask is not None:
            keep = pad_mask.expand_dims(1)
            scores = ops.masked_fill(scores, ops.logical_not(keep), self.neg_inf)
        attn = ops.softmax(scores, axis=-1)
        return x + self.out(ops.matmul(attn, v))


def make():
    np.random.seed(30)
    ms.set_seed(30)
    x = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    mask = np.ones((2, 5), np.bool_)
    mask[1, 3:] = False
    return StrokeSelfAttention(), (x, Tensor(mask))
