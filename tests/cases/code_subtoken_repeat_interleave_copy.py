# case: copy attention over identifiers is spread to sub-tokens with repeat_interleave by per-identifier piece counts -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SubtokenCopyAttention(nn.Cell):
    """Identifier-level attention, expanded to the sub-token sequence for copying."""

    def __init__(self, hidden=8, temperature=1.0):
        super().__init__()
        self.temperature = temperature
        self.score = nn.Dense(hidden, hidden, has_bias=False)

    def _expand(self, ident_attn, pieces):
        return ops.repeat_interleave(ident_attn, pieces, 0)

    def construct(self, dec_h, ident_states, pieces):
        scores = ops.matmul(ident_states, self.score(dec_h)) / self.temperature
        attn = ops.softmax(scores, axis=0)
        sub_attn = self._expand(attn, pieces)
        sub_attn = sub_attn / ops.repeat_interleave(pieces.astype(ms.float32), pieces, 0)
        return sub_attn


def make():
    np.random.seed(0)
    dec_h = Tensor(np.random.randn(8).astype(np.float32))
    ident_states = Tensor(np.random.randn(4, 8).astype(np.float32))
    pieces = Tensor(np.array([1, 3, 2, 1], np.int32))
    return SubtokenCopyAttention(), (dec_h, ident_states, pieces)
