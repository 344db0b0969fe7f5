# case: multi-head split with head_dim derived from x.shape and an int head count (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MHA(nn.Cell):
    def __init__(self, dim=12, heads=3):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Dense(dim, 3 * dim)
        self.o = nn.Dense(dim, dim)

    def construct(self, x):
        b, t, d = x.shape
        hd = d // self.heads
        qkv = self.qkv(x).reshape(b, t, 3, self.heads, hd).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        att = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) / hd ** 0.5, axis=-1)
        y = ops.matmul(att, v).transpose(0, 2, 1, 3).reshape(b, t, d)
        return self.o(y)


def make():
    return MHA(), (Tensor(np.random.randn(2, 5, 12).astype(np.float32)),)
