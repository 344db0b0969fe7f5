# case: `ops.reshape(y, (B, H, W, C))` where H and W are scalar tensors handed to the top-level Cell
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.proj = nn.Dense(8, 8)

    def construct(self, x, H, W):
        B, N, C = x.shape
        y = self.proj(x)
        return ops.reshape(y, (B, H, W, C)).sum(axis=1)


def make():
    return Net(), (Tensor(np.ones((2, 16, 8), np.float32)), Tensor(4, ms.int32), Tensor(4, ms.int32))
