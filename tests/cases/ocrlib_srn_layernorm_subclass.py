# case: SRN/ViTSTR-style transformer encoder using an nn.LayerNorm subclass with **kwargs forwarding, an Optional key-padding mask tested with `is not None`, and output_attentions making the output tuple longer -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEG_INF = -1e9


class EncoderConfig:
    def __init__(self, dim=32, heads=4, layers=2, eps=1e-6, output_attentions=True):
        self.dim = dim
        self.heads = heads
        self.layers = layers
        self.eps = eps
        self.output_attentions = output_attentions


class OCRLayerNorm(nn.LayerNorm):
    def __init__(self, dim, *args, **kwargs):
        super().__init__((dim,), *args, **kwargs)

    def construct(self, x):
        return super().construct(x.astype(ms.float32))


class EncoderLayer(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.heads = cfg.heads
        self.scale = (cfg.dim // cfg.heads) ** -0.5
        self.qkv = nn.Dense(cfg.dim, cfg.dim * 3)
        self.proj = nn.Dense(cfg.dim, cfg.dim)
        self.norm = OCRLayerNorm(cfg.dim, epsilon=cfg.eps)

    def construct(self, x, key_padding_mask=None):
        b, n, d = x.shape
        qkv = self.qkv(self.norm(x)).reshape(b, n, 3, self.heads, d // self.heads).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        attn = ops.matmul(q, k.swapaxes(-1, -2)) * self.scale
        if key_padding_mask is not None:
            attn = attn + (1.0 - key_padding_mask.astype(ms.float32)).reshape(b, 1, 1, n) * NEG_INF
        attn = ops.softmax(attn, axis=-1)
        out = ops.matmul(attn, v).transpose(0, 2, 1, 3).reshape(b, n, d)
        return x + self.proj(out), attn


class RecEncoder(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.layers = nn.CellList([EncoderLayer(cfg) for _ in range(cfg.layers)])
        self.output_attentions = cfg.output_attentions

    def construct(self, x, key_padding_mask=None):
        all_attn = ()
        for layer in self.layers:
            x, attn = layer(x, key_padding_mask)
            all_attn = all_attn + (attn,)
        return (x, all_attn) if self.output_attentions else (x,)


def make():
    np.random.seed(39)
    x = Tensor(np.random.randn(2, 16, 32).astype(np.float32))
    mask = Tensor((np.arange(16)[None] < np.array([[16], [11]])).astype(np.int32))
    return RecEncoder(EncoderConfig()), (x, mask)
