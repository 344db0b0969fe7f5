# case: memory-conscious attention block that deletes the fused qkv tensor with del after splitting it, as ported from a PyTorch library -> del statement inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttnConfig:
    d_model = 24
    n_heads = 3
    attn_dropout = 0.0
    output_attentions = False


class FusedSelfAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.h = config.n_heads
        self.dh = config.d_model // config.n_heads
        self.output_attentions = config.output_attentions
        self.qkv = nn.Dense(config.d_model, 3 * config.d_model)
        self.o = nn.Dense(config.d_model, config.d_model)

    def _heads(self, t, b, l):
        return t.reshape(b, l, self.h, self.dh).transpose(0, 2, 1, 3)

    def construct(self, x):
        b, l, d = x.shape
        qkv = self.qkv(x)
        q, k, v = [self._heads(t, b, l) for t in ops.split(qkv, d, axis=-1)]
        del qkv
        attn = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) / (self.dh ** 0.5), axis=-1)
        out = self.o(ops.matmul(attn, v).transpose(0, 2, 1, 3).reshape(b, l, d))
        outputs = (out, attn) if self.output_attentions else (out,)
        return outputs


def make():
    np.random.seed(3449)
    x = Tensor(np.random.randn(2, 10, 24).astype(np.float32))
    return FusedSelfAttention(AttnConfig()), (x,)
