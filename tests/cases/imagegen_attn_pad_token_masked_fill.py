# case: cross-attention masks padded prompt tokens with masked_fill and dilates the inpainting mask via max_pool, both fixed-size -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedCrossAttention(nn.Cell):
    def __init__(self, dim=8, neg_inf=-1e4):
        super().__init__()
        self.q = nn.Dense(dim, dim, has_bias=False)
        self.kv = nn.Dense(dim, 2 * dim, has_bias=False)
        self.neg_inf = neg_inf
        self.dim = dim

    def construct(self, x, ctx, token_mask):
        k, v = ops.split(self.kv(ctx), self.dim, axis=-1)
        logits = ops.bmm(self.q(x), k.transpose(0, 2, 1)) / (self.dim ** 0.5)
        pad = ops.logical_not(token_mask.astype(ms.bool_)).expand_dims(1)
        logits = ops.masked_fill(logits, pad, self.neg_inf)
        return ops.bmm(ops.softmax(logits, axis=-1), v)


class InpaintAttentionBlock(nn.Cell):
    def __init__(self, channels=8, dilate=3):
        super().__init__()
        self.attn = MaskedCrossAttention(channels)
        self.pool = nn.MaxPool2d(kernel_size=dilate, stride=1, pad_mode="same")

    def construct(self, feats, ctx, token_mask, mask):
        b, c, h, w = feats.shape
        grown = self.pool(mask)
        tokens = feats.reshape(b, c, h * w).transpose(0, 2, 1)
        out = self.attn(tokens, ctx, token_mask).transpose(0, 2, 1).reshape(b, c, h, w)
        return feats + grown * out


def make():
    np.random.seed(29)
    feats = Tensor(np.random.randn(1, 8, 4, 4).astype(np.float32))
    ctx = Tensor(np.random.randn(1, 5, 8).astype(np.float32))
    token_mask = Tensor(np.array([[1, 1, 1, 0, 0]], np.int32))
    mask = np.zeros((1, 1, 4, 4), np.float32)
    mask[..., 1, 2] = 1.0
    return InpaintAttentionBlock(), (feats, ctx, token_mask, Tensor(mask))
