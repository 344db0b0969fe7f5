# case: print with an f-string of x.shape (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Net(nn.Cell):
    def construct(self, x):
        print(f"input shape {x.shape}")
        return x + 1


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)
