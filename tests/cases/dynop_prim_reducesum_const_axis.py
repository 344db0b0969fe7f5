# case: P.ReduceSum(keep_dims=True) with a literal axis (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn
from mindspore.ops import operations as P


class RowSum(nn.Cell):
    def __init__(self):
        super().__init__()
        self.rsum = P.ReduceSum(keep_dims=True)

    def construct(self, x):
        return x / self.rsum(x, 1)


def make():
    return RowSum(), (ms.Tensor(np.random.rand(3, 4).astype(np.float32) + 0.1),)
