# case: math.log of a Python number read out of a tensor with .item()
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LogScale(nn.Cell):
    def construct(self, x):
        m = x.mean().item()
        k = math.log(m + 1.0)
        return x * k


def make():
    np.random.seed(3)
    return LogScale(), (Tensor(np.random.rand(8).astype(np.float32)),)
