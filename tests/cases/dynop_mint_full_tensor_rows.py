# case: mint.full with a tensor in the size tuple
import numpy as np
import mindspore as ms
from mindspore import nn, mint, Tensor

class Filled(nn.Cell):
    def construct(self, n):
        return mint.full((n, 2), 1.5)


def make():
    return Filled(), (Tensor(np.array(3, np.int64)),)
