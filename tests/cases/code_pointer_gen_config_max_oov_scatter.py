# case: pointer-generator extends the vocab by a configured max_oov and scatter-adds copy attention -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PointerGenConfig:
    hidden = 16
    vocab_size = 20
    max_oov = 4
    coverage = False


class PointerGenerator(nn.Cell):
    def __init__(self, cfg=PointerGenConfig):
        super().__init__()
        self.ext_size = cfg.vocab_size + cfg.max_oov
        self.max_oov = cfg.max_oov
        self.coverage = cfg.coverage
        self.vocab_proj = nn.Dense(cfg.hidden, cfg.vocab_size)
        self.p_gen = nn.Dense(cfg.hidden * 2 + cfg.hidden, 1)

    def _gate(self, dec_h, ctx, dec_in):
        return ops.sigmoid(self.p_gen(ops.concat((dec_h, ctx, dec_in), axis=-1)))

    def construct(self, dec_h, ctx, dec_in, attn, src_ext_ids):
        p = self._gate(dec_h, ctx, dec_in)
        gen = p * ops.softmax(self.vocab_proj(dec_h), axis=-1)
        pad = ops.zeros((gen.shape[0], self.max_oov), gen.dtype)
        dist = ops.concat((gen, pad), axis=-1)
        dist = ops.tensor_scatter_elements(dist, src_ext_ids, (1 - p) * attn, axis=1, reduction="add")
        if self.coverage:
            dist = dist * 0.5
        return dist


def make():
    np.random.seed(0)
    b, s, h = 2, 5, 16
    dec_h = Tensor(np.random.randn(b, h).astype(np.float32))
    ctx = Tensor(np.random.randn(b, h).astype(np.float32))
    dec_in = Tensor(np.random.randn(b, h).astype(np.float32))
    a = np.random.rand(b, s).astype(np.float32)
    attn = Tensor(a / a.sum(1, keepdims=True))
    ids = Tensor(np.array([[1, 20, 3, 21, 4], [5, 6, 22, 6, 0]], np.int32))
    return PointerGenerator(), (dec_h, ctx, dec_in, attn, ids)
