# case: the removed name is imported under try/except ImportError: the module imports
import numpy as np
from mindspore import nn, Tensor
try:
    from mindspore import ms_function
except ImportError:
    from mindspore import jit as ms_function


class Net(nn.Cell):
    def construct(self, x):
        return x * 2


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
