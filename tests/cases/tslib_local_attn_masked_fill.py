# case: local-window sparse attention applying a band mask with masked_fill and an optional causal flag from the config -> static, mask only changes values
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LocalAttnConfig:
    def __init__(self, d_model=32, n_heads=4, window=8, causal=True, output_attentions=False):
        self.d_model, self.n_heads, self.window = d_model, n_heads, window
        self.causal, self.output_attentions = causal, output_attentions


def band_mask(length, window, causal):
    i = np.arange(length)[:, None]
    j = np.arange(length)[None, :]
    far = np.abs(i - j) > window
    if causal:
        far = far | (j > i)
    return Tensor(far)


class LocalSelfAttention(nn.Cell):
    def __init__(self, config, seq_len):
        super().__init__()
        self.h = config.n_heads
        self.dk = config.d_model // config.n_heads
        self.output_attentions = config.output_attentions
        self.qkv = nn.Dense(config.d_model, 3 * config.d_model)
        self.out = nn.Dense(config.d_model, config.d_model)
        self.mask = band_mask(seq_len, config.window, config.causal)

    def construct(self, x, attn_mask=None):
        B, L, _ = x.shape
        qkv = self.qkv(x).reshape(B, L, 3, self.h, self.dk).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        scores = ops.matmul(q, k.swapaxes(-1, -2)) / (self.dk ** 0.5)
        mask = self.mask if attn_mask is None else ops.logical_or(self.mask, attn_mask)
        scores = ops.masked_fill(scores, mask, Tensor(-1e9, ms.float32))
        attn = ops.softmax(scores, axis=-1)
        h = self.out(ops.matmul(attn, v).transpose(0, 2, 1, 3).reshape(B, L, -1))
        return (h, attn) if self.output_attentions else (h,)


def make():
    np.random.seed(3421)
    x = Tensor(np.random.randn(2, 24, 32).astype(np.float32))
    return LocalSelfAttention(LocalAttnConfig(), 24), (x,)
