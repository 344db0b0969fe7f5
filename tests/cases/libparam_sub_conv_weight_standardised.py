# case: weight-standardised conv: the sub-Cell's weight is normalised per filter and used by ops.conv2d -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class WSConv(nn.Cell):
    def __init__(self, cin=4, cout=8):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, pad_mode="same")

    def construct(self, x):
        w = self.conv.weight
        mean = w.mean(axis=(1, 2, 3), keep_dims=True)
        std = ops.sqrt(((w - mean) ** 2).mean(axis=(1, 2, 3), keep_dims=True) + 1e-5)
        return ops.conv2d(x, (w - mean) / std, padding=1, pad_mode="pad")


def make():
    np.random.seed(4)
    return WSConv(), (Tensor(np.random.randn(2, 4, 6, 6).astype(np.float32)),)
