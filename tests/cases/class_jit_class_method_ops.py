# case: @ms.jit_class anchor generator with a method doing tensor ops is called from construct (no mutation); expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class BoxCoder:
    def __init__(self, wx=10.0, wh=5.0):
        self.wx = wx
        self.wh = wh

    def decode(self, anchors, deltas):
        ctr = anchors[:, :2] + deltas[:, :2] / self.wx * anchors[:, 2:]
        size = anchors[:, 2:] * ops.exp(deltas[:, 2:] / self.wh)
        return ops.concat((ctr - size / 2, ctr + size / 2), axis=-1)


class RegHead(nn.Cell):
    def __init__(self):
        super().__init__()
        self.coder = BoxCoder()
        self.reg = nn.Dense(8, 4)

    def construct(self, feat, anchors):
        return self.coder.decode(anchors, self.reg(feat))


def make():
    return RegHead(), (Tensor(np.ones((6, 8), np.float32)), Tensor(np.ones((6, 4), np.float32)))
