# case: splits a feature map into two halves using x.shape[1] // 2, a compile-time constant, so graph mode should compile it statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GLU(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.proj = nn.Dense(dim, dim * 2)

    def construct(self, x):
        h = self.proj(x)
        half = h.shape[1] // 2
        a = h[:, :half]
        b = h[:, half:]
        return a * ops.sigmoid(b)


def make():
    return GLU(8), (Tensor(np.random.randn(3, 8).astype(np.float32)),)
