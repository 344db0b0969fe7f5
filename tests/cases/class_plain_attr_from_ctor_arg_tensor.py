# case: hazard twin: an attribute copied from a plain tensor argument (not a Parameter) and written in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Wrap(nn.Cell):
    def __init__(self, scale):
        super().__init__()
        self.scale = scale

    def construct(self, x):
        self.scale = x * 2
        return x + self.scale


def make():
    return Wrap(Tensor(np.ones(4, np.float32))), (Tensor(np.ones(4, np.float32)),)
