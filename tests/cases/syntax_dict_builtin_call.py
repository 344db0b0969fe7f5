# case: dict() constructor with keyword tensors
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Net(nn.Cell):
    def construct(self, x):
        d = dict(a=x, b=x * 2)
        return d["a"] + d["b"]


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)
