# case: UniqueConsecutive primitive created in __init__
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.runs = P.UniqueConsecutive()

    def construct(self, x):
        out, _, _ = self.runs(x)
        return out * 2


def make():
    return Net(), (Tensor(np.array([1, 1, 2, 2, 3, 1], np.int32)),)
