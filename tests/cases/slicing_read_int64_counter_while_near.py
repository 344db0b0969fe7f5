# case: near miss: the same loop with int64 counter and step
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowTotal(nn.Cell):
    def __init__(self, n=8):
        super().__init__()
        self.n = n

    def construct(self, x, step):
        total = ops.zeros((), ms.float32)
        c = Tensor(0, ms.int64)
        while c < self.n:
            total = total + x[c:c + step].sum()
            c = c + step
        return total


def make():
    np.random.seed(2)
    return WindowTotal(), (Tensor(np.random.rand(8).astype(np.float32)), Tensor(2, ms.int64))
