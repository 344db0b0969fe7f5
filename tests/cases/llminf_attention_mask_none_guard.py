# case: decoder layer with optional attention_mask / past_key_value guarded by None and isinstance checks -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OptionalMaskAttention(nn.Cell):
    def __init__(self, hidden=8, use_cache=True):
        super().__init__()
        self.use_cache = use_cache
        self.q = nn.Dense(hidden, hidden)
        self.kv = nn.Dense(hidden, 2 * hidden)
        self.scale = hidden ** -0.5

    def construct(self, x, attention_mask=None, past_key_value=None):
        q = self.q(x)
        k, v = ops.split(self.kv(x), x.shape[-1], axis=-1)
        if isinstance(past_key_value, tuple):
            k = ops.concat((past_key_value[0], k), axis=1)
            v = ops.concat((past_key_value[1], v), axis=1)
        scores = ops.bmm(q, k.swapaxes(1, 2)) * self.scale
        if attention_mask is not None:
            scores = scores + (1.0 - attention_mask.expand_dims(1).astype(ms.float32)) * -1e9
        out = ops.bmm(ops.softmax(scores, axis=-1), v)
        present = (k, v) if self.use_cache else None
        return out, present


def make():
    np.random.seed(44)
    x = Tensor(np.random.randn(2, 2, 8).astype(np.float32))
    pk = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    pv = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    mask = Tensor(np.ones((2, 5), np.int32))
    return OptionalMaskAttention(), (x, mask, (pk, pv))
