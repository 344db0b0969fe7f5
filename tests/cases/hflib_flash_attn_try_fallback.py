# case: attention module that tries a batched (fused-layout) scaled-dot-product path inside try/except and falls back to the eager matmul-softmax path on a shape error -> try/except inside construct, Graph mode likely rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttnConfig:
    hidden_size = 16
    num_heads = 2
    attn_implementation = "sdpa"


def eager_attention(q, k, v, mask=None):
    scores = ops.matmul(q, k.swapaxes(-1, -2)) / (q.shape[-1] ** 0.5)
    if mask is not None:
        scores = scores + mask
    return ops.matmul(ops.softmax(scores, axis=-1), v)


def fused_sdpa(q, k, v, mask=None):
    b, h, s, d = q.shape
    qf, kf, vf = q.reshape(b * h, s, d), k.reshape(b * h, -1, d), v.reshape(b * h, -1, d)
    scores = ops.bmm(qf, kf.swapaxes(1, 2)) * (d ** -0.5)
    if mask is not None:
        scores = scores + mask.reshape(b * h, s, -1)
    return ops.bmm(ops.softmax(scores, axis=-1), vf).reshape(b, h, s, d)


class SdpaAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.h = config.num_heads
        self.attn_implementation = config.attn_implementation
        self.qkv = nn.Dense(config.hidden_size, 3 * config.hidden_size)

    def construct(self, x, attention_mask=None):
        b, s, c = x.shape
        q, k, v = [t.reshape(b, s, self.h, c // self.h).swapaxes(1, 2) for t in ops.split(self.qkv(x), c, axis=-1)]
        if self.attn_implementation == "sdpa":
            try:
                out = fused_sdpa(q, k, v, attention_mask)
            except (ValueError, TypeError):
                out = eager_attention(q, k, v, attention_mask)
        else:
            out = eager_attention(q, k, v, attention_mask)
        return out.swapaxes(1, 2).reshape(b, s, c)


def make():
    np.random.seed(52)
    attn = SdpaAttention(AttnConfig())
    x = Tensor(np.random.randn(2, 4, 16).astype(np.float32))
    return attn, (x,)
