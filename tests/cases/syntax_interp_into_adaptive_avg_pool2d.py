# case: the interpreter's value (Tensor() of a NumPy result, no dtype) given to adaptive_avg_pool2d -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.ones((2, 4, 3, 3), np.float32)), name="w")
        self.w2 = Parameter(Tensor(np.ones((5, 8), np.float32)), name="w2")
        self.g = Parameter(Tensor(np.ones((8,), np.float32)), name="g")
        self.b = Parameter(Tensor(np.zeros((8,), np.float32)), name="b")
        self.grid = Tensor(np.zeros((1, 4, 4, 2), np.float32))
        self.pool = nn.AvgPool2d(2, 2)
        self.bn = nn.BatchNorm2d(4)
        self.fc = nn.Dense(8, 3)
        self.ps = nn.PixelShuffle(2)
        self.up = nn.Conv2dTranspose(4, 2, 2, stride=2)

    def construct(self, x):
        v = Tensor(np.tanh(x.asnumpy()))
        y = ops.adaptive_avg_pool2d(v, (2, 2))
        return y * 2


def make():
    np.random.seed(0)
    return Net(), (Tensor(np.random.rand(1, 4, 8, 8).astype(np.float32)),)
