# case: a name MindSpore 2.10 removed, imported at module level: the module never imports
import numpy as np
from mindspore import nn, ms_function, Tensor


class Net(nn.Cell):
    def construct(self, x):
        y = x.asnumpy()
        return Tensor(y) * 2


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
