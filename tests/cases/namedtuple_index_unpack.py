# case: namedtuple of kernel hyper-parameters unpacked positionally in construct and used with a conv primitive; plain tuple semantics -> static at both levels
from collections import namedtuple
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from mindspore import ops as P

PadSpec = namedtuple("PadSpec", "top bottom left right")


class PadConv(nn.Cell):
    def __init__(self):
        super().__init__()
        self.pad_spec = PadSpec(1, 1, 2, 2)
        self.conv = nn.Conv2d(3, 4, 3, pad_mode="valid")

    def construct(self, x):
        top, bottom, left, right = self.pad_spec
        x = P.pad(x, (left, right, top, bottom))
        return self.conv(x)


def make():
    return PadConv(), (Tensor(np.ones((1, 3, 6, 6), np.float32)),)
