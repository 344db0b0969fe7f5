# case: np.log of a Tensor literal -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        t = Tensor(np.arange(1, 5, dtype=np.float32))
        w = Tensor(np.log(t), ms.float32)
        return x * w


def make():
    return Net(), (Tensor(np.ones((4,), np.float32)),)
