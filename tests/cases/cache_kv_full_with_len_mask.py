# case: decoder KV cache in Parameters, attention over the full cache with an arange < cur_len mask; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

MAX_LEN = 16
HEAD_DIM = 8


class CachedAttention(nn.Cell):
    def __init__(self, dim=HEAD_DIM, max_len=MAX_LEN, batch=2):
        super().__init__()
        self.q = nn.Dense(dim, dim)
        self.k = nn.Dense(dim, dim)
        self.v = nn.Dense(dim, dim)
        self.k_cache = Parameter(Tensor(np.zeros((batch, max_len, dim), np.float32)),
                                 name="k_cache", requires_grad=False)
        self.v_cache = Parameter(Tensor(np.zeros((batch, max_len, dim), np.float32)),
                                 name="v_cache", requires_grad=False)
        self.positions = Tensor(np.arange(max_len, dtype=np.int32))
        self.scale = dim ** -0.5

    def construct(self, x, cur_len):
        q, k, v = self.q(x), self.k(x), self.v(x)
        self.k_cache[:, cur_len] = k.squeeze(1)
        self.v_cache[:, cur_len] = v.squeeze(1)
        scores = ops.bmm(q, self.k_cache.transpose(0, 2, 1)) * self.scale   # (B, 1, L)
        valid = (self.positions <= cur_len).reshape(1, 1, -1)
        scores = ops.masked_fill(scores, ops.logical_not(valid), -1e9)
        att = ops.softmax(scores, axis=-1)
        return ops.bmm(att, self.v_cache)


def make():
    x = Tensor(np.random.randn(2, 1, HEAD_DIM).astype(np.float32))
    return CachedAttention(), (x, Tensor(3, ms.int32))
