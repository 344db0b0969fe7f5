# case: set comprehension over a constant range
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Net(nn.Cell):
    def construct(self, x):
        s = {i % 2 for i in range(4)}
        return x * len(s)


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)
