# case: a dict keyed by a Parameter
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = ms.Parameter(Tensor(1.0, ms.float32), name='w')

    def construct(self, x, k):
        d = {self.w: x}
        return d[self.w] + 1


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
