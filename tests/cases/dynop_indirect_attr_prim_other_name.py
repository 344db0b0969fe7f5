# case: MaskedSelect primitive created in __init__ under an unrelated name
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.pick = P.MaskedSelect()

    def construct(self, x):
        kept = self.pick(x, x > 0)
        return kept.sum()


def make():
    return Net(), (Tensor(np.array([0, -2, 3, 1], np.float32)),)
