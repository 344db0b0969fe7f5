# case: Tensor() wrapping x.max().item() in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Net(nn.Cell):
    def construct(self, x):
        m = Tensor(x.max().item(), ms.float32)
        return x / m


def make():
    return Net(), (Tensor(np.arange(1, 4, dtype=np.float32)),)
