# case: a smoothing pool that keeps the length, applied through NLC->NCL->NLC transposes on one arm of a tensor if -> both arms keep the input's shape: static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Smoother(nn.Cell):
    def __init__(self):
        super().__init__()
        self.pool = nn.AvgPool1d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, x):
        if (x * x).mean() > 0.5:
            x = self.pool(x.transpose(0, 2, 1)).transpose(0, 2, 1)
        return x * 2


def make():
    np.random.seed(41)
    return Smoother(), (Tensor(np.random.randn(2, 10, 4).astype(np.float32)),)
