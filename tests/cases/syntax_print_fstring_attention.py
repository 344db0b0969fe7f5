# case: attention block prints an f-string with q/k shapes for debugging (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DebugAttention(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.q = nn.Dense(dim, dim)
        self.k = nn.Dense(dim, dim)

    def construct(self, x):
        q, k = self.q(x), self.k(x)
        print(f"attention q={q.shape} k={k.shape} dtype={q.dtype}")
        att = ops.softmax(ops.bmm(q, k.swapaxes(1, 2)), axis=-1)
        return ops.bmm(att, x)


def make():
    return DebugAttention(), (Tensor(np.random.randn(2, 3, 8).astype(np.float32)),)
