# case: a Unique primitive kept as a class attribute of the Cell
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    dedupe = P.Unique()

    def construct(self, x):
        out, _ = self.dedupe(x)
        return out * 2


def make():
    return Net(), (Tensor(np.array([4, 4, 1, 7, 1], np.int32)),)
