# case: a module-level table keyed by NumPy's sized types (np.int32, np.bool_): imports fine, the mask is dynamic (near miss for the import)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

NP_TO_MS = {np.float32: ms.float32, np.int32: ms.int32, np.bool_: ms.bool_}


class Net(nn.Cell):
    def construct(self, x):
        return x[x > 0]


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
