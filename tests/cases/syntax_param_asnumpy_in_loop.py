# case: the same in a constant loop -> ?
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.seen = Parameter(Tensor(5, ms.int32), name="seen", requires_grad=False)

    def construct(self, x):
        out = x
        for i in range(2):
            slot = Tensor(int(self.seen.asnumpy()), ms.int32)
            out = out * slot
        return out


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
