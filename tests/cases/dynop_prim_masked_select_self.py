# case: P.MaskedSelect primitive created in __init__ and called in construct
import numpy as np
import mindspore as ms
from mindspore import nn
from mindspore.ops import operations as P


class Pos(nn.Cell):
    def __init__(self):
        super().__init__()
        self.select = P.MaskedSelect()

    def construct(self, x):
        return self.select(x, x > 0)


def make():
    return Pos(), (ms.Tensor(np.array([-2, 3, 0, 5], np.float32)),)
