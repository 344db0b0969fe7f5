# case: near miss: a local dict filled in a constant loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def construct(self, x):
        outs = {}
        for i in range(2):
            outs[str(i)] = x * i
        return outs["1"]


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
