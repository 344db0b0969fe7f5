# case: while on a tensor value avg-pooling a map that reaches the threshold after two passes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolUntilDense(nn.Cell):
    def __init__(self):
        super().__init__()
        self.pool = nn.AvgPool2d(kernel_size=2, stride=2)

    def construct(self, x):
        while x.max() < 1.0:
            x = self.pool(x) * 4.0
        return x


def make():
    np.random.seed(5)
    return PoolUntilDense(), (Tensor((np.random.rand(1, 1, 32, 32) * 0.3).astype(np.float32)),)
