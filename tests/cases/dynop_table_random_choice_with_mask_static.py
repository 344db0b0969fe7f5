# case: near miss: RandomChoiceWithMask returns a fixed count with a mask
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.choose = P.RandomChoiceWithMask(count=4)

    def construct(self, m):
        idx, mask = self.choose(m)
        return idx + 1


def make():
    return Net(), (Tensor(np.array([[True, False], [True, True]])),)
