# case: ReduceSum primitive with a tensor axis
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.rsum = ops.ReduceSum()

    def construct(self, x, k):
        return self.rsum(x, k)


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(1, ms.int64))
