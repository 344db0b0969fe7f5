# case: copy-attention layer stashes the last attention map on self for later visualisation -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CopyAttention(nn.Cell):
    """Bahdanau-style attention over source tokens used as a copy distribution."""

    def __init__(self, hidden=16, keep_attn=True):
        super().__init__()
        self.keep_attn = keep_attn
        self.query = nn.Dense(hidden, hidden, has_bias=False)
        self.key = nn.Dense(hidden, hidden)
        self.v = nn.Dense(hidden, 1, has_bias=False)
        self.last_copy_attn = None

    def _scores(self, dec_h, enc_out):
        q = self.query(dec_h).expand_dims(1)
        e = self.v(ops.tanh(q + self.key(enc_out))).squeeze(-1)
        return e

    def construct(self, dec_h, enc_out, src_mask):
        e = self._scores(dec_h, enc_out)
        e = ops.masked_fill(e, src_mask == 0, -1e9)
        attn = ops.softmax(e, axis=-1)
        if self.keep_attn:
            self.last_copy_attn = attn
        context = ops.bmm(attn.expand_dims(1), enc_out).squeeze(1)
        return context, attn


def make():
    np.random.seed(0)
    dec_h = Tensor(np.random.randn(2, 16).astype(np.float32))
    enc_out = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    src_mask = Tensor(np.array([[1, 1, 1, 0, 0], [1, 1, 1, 1, 1]], np.int32))
    return CopyAttention(), (dec_h, enc_out, src_mask)
