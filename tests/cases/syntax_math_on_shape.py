# case: math.ceil / math.sqrt over shape values (near miss)
import math
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Scale(nn.Cell):
    def construct(self, x):
        d = x.shape[-1]
        chunks = math.ceil(d / 2)
        return x[:, :chunks] / math.sqrt(d)


def make():
    return Scale(), (Tensor(np.ones((2, 5), np.float32)),)
