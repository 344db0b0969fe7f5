# case: ops.Unique primitive created in __init__
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.uniq = ops.Unique()

    def construct(self, v):
        return self.uniq(v)[0]


def make():
    return Net(), (Tensor(np.array([3, 1, 3, 2, 1, 1], np.int32)),)
