# case: Tensor.set_const_arg called in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def construct(self, x):
        y = x * 2
        y.set_const_arg(True)
        return y


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
