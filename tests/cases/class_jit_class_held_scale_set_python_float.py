# case: a jit_class state held by the Cell gets a Python float from a helper -> interpreter at LAX
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Scale:
    def __init__(self):
        self.value = 1.0


class Net(nn.Cell):
    def __init__(self, bits=8):
        super().__init__()
        self.dense = nn.Dense(3, 2)
        self.scale = Scale()
        self.bits = bits

    def construct(self, x):
        self.scale.value = 1.0 / (2 ** self.bits - 1)
        return self.dense(x) * self.scale.value


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
