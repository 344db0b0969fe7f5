# case: multi-head split reshapes to (b, t, heads, -1) with the head count given as a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadSplit(nn.Cell):
    def __init__(self, dim=12):
        super().__init__()
        self.q = nn.Dense(dim, dim)

    def construct(self, x, num_heads):
        b, t, _ = x.shape
        q = self.q(x)
        q = ops.reshape(q, (b, t, num_heads, -1))
        return q.transpose(0, 2, 1, 3).mean(axis=-1)


def make():
    return HeadSplit(), (Tensor(np.random.randn(2, 5, 12).astype(np.float32)), Tensor(3, ms.int64))
