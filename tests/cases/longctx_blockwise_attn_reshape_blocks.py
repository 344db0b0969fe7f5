# case: blockwise local attention that reshapes the sequence into seq_len // block_size blocks (sizes from .shape) and attends within each block plus the previous one -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockLocalAttention(nn.Cell):
    def __init__(self, dim=8, block_size=4, look_back=True):
        super().__init__()
        self.block_size = block_size
        self.look_back = look_back
        self.to_qkv = nn.Dense(dim, 3 * dim, has_bias=False)

    def blocks(self, t):
        b, s, d = t.shape
        return t.reshape(b, s // self.block_size, self.block_size, d)

    def with_previous(self, t):
        prev = ops.pad(t[:, :-1], (0, 0, 0, 0, 1, 0))
        return ops.concat((prev, t), axis=2)

    def construct(self, x):
        b, s, d = x.shape
        q, k, v = ops.split(self.to_qkv(x), d, axis=-1)
        q, k, v = self.blocks(q), self.blocks(k), self.blocks(v)
        if self.look_back:
            k, v = self.with_previous(k), self.with_previous(v)
        scores = ops.matmul(q, k.swapaxes(-1, -2)) * (d ** -0.5)
        out = ops.matmul(ops.softmax(scores, axis=-1), v)
        return out.reshape(b, s, d)


def make():
    np.random.seed(24)
    x = Tensor(np.random.randn(2, 12, 8).astype(np.float32))
    return BlockLocalAttention(), (x,)
