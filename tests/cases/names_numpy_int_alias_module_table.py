# case: a module-level table keyed by np.int, which NumPy 1.24 removed: importing the module fails
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

NP_TO_MS = {np.float32: ms.float32, np.int: ms.int32}


class Net(nn.Cell):
    def construct(self, x):
        return x[x > 0]


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
