# case: a while on a Tensor int32 counter reads a window of the input at the counter, summing each window into a total
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowTotal(nn.Cell):
    def __init__(self, n=8):
        super().__init__()
        self.n = n

    def construct(self, x, step):
        total = ops.zeros((), ms.float32)
        c = Tensor(0, ms.int32)
        while c < self.n:
            total = total + x[c:c + step].sum()
            c = c + step
        return total


def make():
    np.random.seed(2)
    return WindowTotal(), (Tensor(np.random.rand(8).astype(np.float32)), Tensor(2, ms.int32))
