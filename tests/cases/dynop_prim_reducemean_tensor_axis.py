# case: ReduceMean primitive called with a tensor axis
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
from mindspore.ops import operations as P

class RM(nn.Cell):
    def __init__(self):
        super().__init__()
        self.rm = P.ReduceMean()

    def construct(self, x, ax):
        return self.rm(x, ax)


def make():
    return RM(), (Tensor(np.linspace(-3, 3, 12, dtype=np.float32).reshape(3, 4)), Tensor(np.array(0, np.int64)))
