# case: declares `global` in construct to bump a module-level call counter; graph mode accepts it and compiles statically at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

CALLS = 0


class Counted(nn.Cell):
    def construct(self, x):
        global CALLS
        CALLS = CALLS + 1
        return x + CALLS


def make():
    return Counted(), (Tensor(np.ones((2, 2), np.float32)),)
