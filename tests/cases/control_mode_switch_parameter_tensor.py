# case: hazard twin of the batch-norm selector: bn_selection has no default and is a Tensor, so the chain is a tensor condition whose arms leave a Tensor and a Python int
import numpy as np
from mindspore import nn, Tensor


class SelectBN(nn.Cell):
    def __init__(self):
        super().__init__()
        self.bn_0 = nn.BatchNorm2d(3)
        self.bn_1 = nn.BatchNorm2d(3)

    def construct(self, x, bn_selection):
        result = 0
        if bn_selection == 0:
            result = self.bn_0(x)
        elif bn_selection == 1:
            result = self.bn_1(x)
        else:
            result = 0
        return result


def make():
    return SelectBN(), (Tensor(np.ones((2, 3, 4, 4), np.float32)), Tensor(1))
