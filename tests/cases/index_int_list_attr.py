# case: a list of ints kept on the Cell as an index (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.idx = [0, 2, 3]

    def construct(self, x, n):
        return x[self.idx] * 2


def make():
    return Net(), (Tensor(np.ones((4, 8), np.float32)), Tensor(3, ms.int32))
