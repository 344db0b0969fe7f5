# case: print() of an f-string that formats a tensor reduction behind a flag; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DebugLinear(nn.Cell):
    def __init__(self, verbose=True):
        super().__init__()
        self.fc = nn.Dense(8, 4)
        self.verbose = verbose

    def construct(self, x):
        y = self.fc(x)
        if self.verbose:
            print(f"mean activation: {y.mean()}")
        return y


def make():
    return DebugLinear(), (Tensor(np.ones((2, 8), np.float32)),)
