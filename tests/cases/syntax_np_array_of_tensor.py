# case: np.array(x) conversion of a tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Net(nn.Cell):
    def construct(self, x):
        a = np.array(x)
        return Tensor(a * 2)


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)
