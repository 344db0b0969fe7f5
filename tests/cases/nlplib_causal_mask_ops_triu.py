# case: decoder that combines a causal mask from ops.triu over the target length with an inverted padding mask ((1 - mask) * large negative) before attention -> mask sizes from shapes, masks applied by arithmetic, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LARGE_NEGATIVE = -1e4


def _make_causal_mask(tgt_len, dtype):
    mask = ops.triu(ops.ones((tgt_len, tgt_len), dtype), diagonal=1)
    return mask * LARGE_NEGATIVE


def _expand_padding_mask(attention_mask, dtype):
    inverted = 1.0 - attention_mask.astype(dtype)
    return (inverted * LARGE_NEGATIVE)[:, None, :]


class MaskedDecoderAttention(nn.Cell):
    def __init__(self, hidden_size=16):
        super().__init__()
        self.q = nn.Dense(hidden_size, hidden_size)
        self.k = nn.Dense(hidden_size, hidden_size)
        self.v = nn.Dense(hidden_size, hidden_size)
        self.scale = hidden_size ** -0.5

    def construct(self, hidden_states, attention_mask=None):
        tgt_len = hidden_states.shape[1]
        bias = _make_causal_mask(tgt_len, hidden_states.dtype)[None, :, :]
        if attention_mask is not None:
            bias = bias + _expand_padding_mask(attention_mask, hidden_states.dtype)
        scores = ops.bmm(self.q(hidden_states), self.k(hidden_states).swapaxes(1, 2)) * self.scale + bias
        return ops.bmm(ops.softmax(scores, axis=-1), self.v(hidden_states))


def make():
    np.random.seed(3389)
    h = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    mask = np.ones((2, 6), dtype=np.int32)
    mask[1, 4:] = 0
    return MaskedDecoderAttention(), (h, Tensor(mask))
