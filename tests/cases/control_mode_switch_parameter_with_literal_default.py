# case: DRNet's batch-norm selector: construct(x, bn_selection=0) compares the parameter with literals; its literal default says callers pass a Python int (here 1), so the chain is folded and the int arm never meets a Tensor
import numpy as np
from mindspore import nn, Tensor


class SelectBN(nn.Cell):
    def __init__(self):
        super().__init__()
        self.bn_0 = nn.BatchNorm2d(3)
        self.bn_1 = nn.BatchNorm2d(3)

    def construct(self, x, bn_selection=0):
        result = 0
        if bn_selection == 0:
            result = self.bn_0(x)
        elif bn_selection == 1:
            result = self.bn_1(x)
        else:
            result = 0
        return result


def make():
    return SelectBN(), (Tensor(np.ones((2, 3, 4, 4), np.float32)), 1)
