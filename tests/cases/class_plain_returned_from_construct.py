# case: a plain object holding tensors returned from construct (hazard)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Result:
    def __init__(self, value, mean):
        self.value = value
        self.mean = mean


class Net(nn.Cell):
    def construct(self, x):
        return Result(x * 2, x.mean())


def make():
    return Net(), (Tensor(np.arange(6, dtype=np.float32).reshape(2, 3)),)
