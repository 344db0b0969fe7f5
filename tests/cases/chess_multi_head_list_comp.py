# case: move-attention scorer runs a fixed number of attention heads built in a list comprehension over range(self.n_heads) and concatenates them -> loop over python int, static, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MoveAttention(nn.Cell):
    def __init__(self, dim=32, n_heads=4):
        super().__init__()
        self.n_heads = n_heads
        self.head_dim = dim // n_heads
        self.qkv = nn.Dense(dim, 3 * dim)
        self.out = nn.Dense(dim, 1)

    def attend(self, q, k, v):
        w = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) / (self.head_dim ** 0.5), axis=-1)
        return ops.matmul(w, v)

    def construct(self, move_tokens):
        q, k, v = ops.split(self.qkv(move_tokens), move_tokens.shape[-1], axis=-1)
        d = self.head_dim
        heads = [self.attend(q[..., i * d:(i + 1) * d], k[..., i * d:(i + 1) * d], v[..., i * d:(i + 1) * d])
                 for i in range(self.n_heads)]
        return self.out(ops.concat(heads, axis=-1)).squeeze(-1)


def make():
    np.random.seed(40)
    return MoveAttention(), (Tensor(np.random.randn(2, 30, 32).astype(np.float32)),)
