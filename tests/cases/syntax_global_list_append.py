# case: construct appends to a module-level list (side effect)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

SEEN = []


class Net(nn.Cell):
    def construct(self, x):
        SEEN.append(1)
        return x * len(SEEN)


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)
