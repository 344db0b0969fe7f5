# case: @ms.jit_class Box instantiated inside construct from tensor arguments, area() returned; expect error at LAX and STRICT (jit_class construction needs constant args)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Box:
    def __init__(self, xy, wh):
        self.xy = xy
        self.wh = wh

    def area(self):
        return self.wh[:, 0] * self.wh[:, 1]


class BoxDecoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.reg = nn.Dense(8, 4)

    def construct(self, feat):
        out = self.reg(feat)
        box = Box(out[:, :2], ops.exp(out[:, 2:]))
        return box.area()


def make():
    return BoxDecoder(), (Tensor(np.ones((3, 8), np.float32)),)
