# case: decoder attention concatenates cached keys/values when past_key_value is given and use_cache returns them -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CachedAttention(nn.Cell):
    def __init__(self, dim=8, use_cache=True):
        super().__init__()
        self.q_proj = nn.Dense(dim, dim)
        self.k_proj = nn.Dense(dim, dim)
        self.v_proj = nn.Dense(dim, dim)
        self.use_cache = use_cache
        self.scale = 1.0 / np.sqrt(dim)

    def construct(self, x, past_key_value=None):
        q, k, v = self.q_proj(x), self.k_proj(x), self.v_proj(x)
        if past_key_value is not None:
            past_k, past_v = past_key_value
            k = ops.concat((past_k, k), axis=1)
            v = ops.concat((past_v, v), axis=1)
        present = (k, v) if self.use_cache else None
        attn = ops.softmax(ops.bmm(q, k.swapaxes(1, 2)) * self.scale, axis=-1)
        out = ops.bmm(attn, v)
        return out, present


def make():
    np.random.seed(43)
    x = Tensor(np.random.randn(1, 1, 8).astype(np.float32))
    pk = Tensor(np.random.randn(1, 3, 8).astype(np.float32))
    pv = Tensor(np.random.randn(1, 3, 8).astype(np.float32))
    return CachedAttention(), (x, (pk, pv))
