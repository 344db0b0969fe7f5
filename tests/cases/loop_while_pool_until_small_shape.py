# case: feature pyramid loop `while x.shape[-1] > MIN_SIZE` halving with avg pooling; condition is on static shape so loop unrolls -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MIN_SIZE = 2


class Pyramid(nn.Cell):
    def __init__(self, ch=3):
        super().__init__()
        self.pool = nn.AvgPool2d(kernel_size=2, stride=2)
        self.conv = nn.Conv2d(ch, ch, 3, pad_mode="same")

    def construct(self, x):
        feats = ()
        while x.shape[-1] > MIN_SIZE:
            x = self.pool(ops.relu(self.conv(x)))
            feats = feats + (x.mean(axis=(2, 3)),)
        return ops.concat(feats, axis=-1)


def make():
    return Pyramid(), (Tensor(np.random.randn(1, 3, 16, 16).astype(np.float32)),)
