# case: decoder KV cache stored in Parameters, attention reads cache[:, :cur_len] with cur_len a tensor; expect dynamic at LAX and STRICT
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
        self.scale = dim ** -0.5

    def construct(self, x, cur_len):
        # x: (B, 1, D) one new token; cur_len: int32 scalar tensor (tokens already cached)
        q, k, v = self.q(x), self.k(x), self.v(x)
        self.k_cache[:, cur_len] = k.squeeze(1)
        self.v_cache[:, cur_len] = v.squeeze(1)
        keys = self.k_cache[:, :cur_len + 1]
        vals = self.v_cache[:, :cur_len + 1]
        att = ops.softmax(ops.bmm(q, keys.transpose(0, 2, 1)) * self.scale, axis=-1)
        return ops.bmm(att, vals)


def make():
    x = Tensor(np.random.randn(2, 1, HEAD_DIM).astype(np.float32))
    return CachedAttention(), (x, Tensor(3, ms.int32))
