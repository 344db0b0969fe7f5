# case: .asnumpy() on a Parameter
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = ms.Parameter(Tensor(np.ones(4, np.float32)), name='w')

    def construct(self, x, k):
        w = self.w.asnumpy()
        return x + Tensor(w)


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
