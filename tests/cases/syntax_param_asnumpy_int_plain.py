# case: int() of a Parameter's host copy -> error at LAX?
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.seen = Parameter(Tensor(5, ms.int32), name="seen", requires_grad=False)

    def construct(self, x):
        slot = Tensor(int(self.seen.asnumpy()), ms.int32)
        return x * slot


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
