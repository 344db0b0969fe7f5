# case: ops.arange with a data-valued start
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Ramp(nn.Cell):
    def construct(self, s):
        return ops.arange(s, 10)


def make():
    return Ramp(), (Tensor(np.array(3, np.int64)),)
