import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: a name bound only under `if x.shape[0] > 1:`, read after
class Net(nn.Cell):
    def construct(self, x):
        if x.shape[0] > 1:
            y = x * 2
        return y + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
