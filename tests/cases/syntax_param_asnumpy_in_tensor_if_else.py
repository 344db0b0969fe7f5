# case: the same on the else arm of a test of the Parameter -> ?
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.seen = Parameter(Tensor(5, ms.int32), name="seen", requires_grad=False)

    def construct(self, x):
        if self.seen < 4:
            slot = self.seen
        else:
            slot = Tensor(int(self.seen.asnumpy()), ms.int32)
        return x * slot


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
