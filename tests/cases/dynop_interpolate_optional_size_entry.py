# case: near miss: a top-level Cell whose size parameter defaults to None and is not passed
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Upsample(nn.Cell):
    def construct(self, x, output_size=None):
        if output_size is None:
            return ops.interpolate(x, size=(8, 8), mode='nearest')
        return ops.interpolate(x, size=output_size, mode='nearest')


def make():
    return Upsample(), (Tensor(np.ones((1, 1, 4, 4), np.float32)),)
