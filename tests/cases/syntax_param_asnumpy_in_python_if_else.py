# case: the same on the taken arm of a shape test -> error?
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.seen = Parameter(Tensor(5, ms.int32), name="seen", requires_grad=False)

    def construct(self, x):
        if x.shape[0] < 4:
            slot = Tensor(int(self.seen.asnumpy()), ms.int32)
        else:
            slot = self.seen
        return x * slot


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
