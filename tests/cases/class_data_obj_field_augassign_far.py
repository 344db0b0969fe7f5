# case: an object built from tensor data has its int field stepped with += three lines after it is made
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Result:
    def __init__(self, score):
        self.score = score
        self.n = 0


class Net(nn.Cell):
    def construct(self, x):
        res = Result(x.max())
        y = x * 2
        z = ops.relu(y) + 1
        res.n += 1
        return z, res


def make():
    np.random.seed(18)
    return Net(), (Tensor(np.random.randn(2, 4).astype(np.float32)),)
