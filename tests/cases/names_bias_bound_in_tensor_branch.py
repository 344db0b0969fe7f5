# case: a relative-position layer that binds position_bias only inside `if has_padding.any():` (a tensor condition) and uses it after the if, so the name is unbound on the false path; expected compile error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RelativeBiasAttention(nn.Cell):
    def __init__(self, hidden=8, max_distance=8):
        super().__init__()
        self.qk = nn.Dense(hidden, 2 * hidden)
        self.rel_bias = nn.Embedding(2 * max_distance + 1, 1)
        self.max_distance = max_distance

    def construct(self, x, attention_mask):
        q, k = self.qk(x).chunk(2, axis=-1)
        scores = ops.bmm(q, k.swapaxes(1, 2))
        seq = x.shape[1]
        has_padding = attention_mask == 0
        if has_padding.any():
            rel = ops.arange(seq)[None, :] - ops.arange(seq)[:, None]
            rel = ops.clamp(rel, -self.max_distance, self.max_distance) + self.max_distance
            position_bias = self.rel_bias(rel.astype(ms.int32)).squeeze(-1)
        scores = scores + position_bias
        return ops.softmax(scores, axis=-1)


def make():
    x = Tensor(np.random.randn(2, 4, 8).astype(np.float32))
    m = np.ones((2, 4), np.int32)
    m[0, 3] = 0
    return RelativeBiasAttention(), (x, Tensor(m))
