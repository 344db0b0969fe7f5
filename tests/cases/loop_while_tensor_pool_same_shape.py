# case: near miss: while on a tensor value whose body keeps the shape (a scaling), then a pooling after the loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DampThenPool(nn.Cell):
    def __init__(self):
        super().__init__()
        self.pool = nn.AvgPool2d(kernel_size=2, stride=2)

    def construct(self, x):
        while x.max() > 1.0:
            x = x * 0.5
        return self.pool(x)


def make():
    np.random.seed(4)
    return DampThenPool(), (Tensor((np.random.rand(1, 1, 8, 8) * 5).astype(np.float32)),)
