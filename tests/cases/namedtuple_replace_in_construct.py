# case: namedtuple config's _replace() method called in construct to override a field; _replace is not supported on graph tuples -> error at LAX and STRICT
from collections import namedtuple
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SoftCfg = namedtuple("SoftCfg", ["temp", "axis"])


class TempSoftmax(nn.Cell):
    def __init__(self, sharpen=True):
        super().__init__()
        self.base = SoftCfg(1.0, -1)
        self.sharpen = sharpen

    def construct(self, x):
        cfg = self.base
        if self.sharpen:
            cfg = cfg._replace(temp=0.5)
        return ops.softmax(x / cfg.temp, cfg.axis)


def make():
    return TempSoftmax(), (Tensor(np.random.randn(2, 6).astype(np.float32)),)
