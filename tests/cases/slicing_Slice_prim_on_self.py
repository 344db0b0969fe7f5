# case: ops.Slice primitive from __init__ with tensor size
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cut = ops.Slice()

    def construct(self, x, k):
        return self.cut(x, (0, 0), (k, 4))


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
