# case: near miss: @ms.jit_class instance created in __init__, used in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


@ms.jit_class
class JBox:
    def __init__(self, v):
        self.v = v

    def scaled(self, s):
        return self.v * s


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.b = JBox(2.0)

    def construct(self, x, k):
        return self.b.scaled(x)


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
