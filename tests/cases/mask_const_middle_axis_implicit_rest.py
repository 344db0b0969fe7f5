# case: a constant bool Tensor kept by __init__ as the middle axis of a 3-D tensor, the last axis left implicit (x[:, m]): MindSpore fails at the index at both levels (a broadcast error of its index lowering), a data mask there fails the same way
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.m = Tensor(np.arange(8) % 3 == 0)

    def construct(self, x):
        y = x[:, self.m]
        return y.sum()


def make():
    return Net(), (Tensor(np.random.rand(3, 8, 4).astype(np.float32)),)
