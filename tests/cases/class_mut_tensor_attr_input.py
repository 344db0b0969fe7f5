# case: attribute set on a construct input tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def construct(self, x):
        x.name_hint = "input"
        return x * 2


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
