# case: divmod() of a shape entry
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Net(nn.Cell):
    def construct(self, x):
        q, r = divmod(x.shape[0], 4)
        return x[:q * 4]


def make():
    return Net(), (Tensor(np.arange(10, dtype=np.float32)),)
