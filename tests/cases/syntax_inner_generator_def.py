# case: generator function defined inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Net(nn.Cell):
    def construct(self, x):
        def gen():
            yield x
            yield x * 2
        out = x
        for t in gen():
            out = out + t
        return out


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)
