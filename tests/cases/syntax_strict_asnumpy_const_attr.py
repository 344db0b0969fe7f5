# case: .asnumpy() on a constant Tensor attribute set in __init__
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.table = Tensor(np.arange(4, dtype=np.float32))

    def construct(self, x, k):
        t = self.table.asnumpy()
        return x * float(t[1])


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
