# case: x[::-1] and x[-3:] with literal negative bounds (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Rev(nn.Cell):
    def construct(self, x):
        return x[::-1][-3:]


def make():
    return Rev(), (Tensor(np.arange(7, dtype=np.float32)),)
