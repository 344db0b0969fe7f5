# case: near miss: ops.assign to a Parameter inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = ms.Parameter(Tensor(np.zeros((4, 4), np.float32)))

    def construct(self, x, k):
        ops.assign(self.w, x)
        return self.w * 1


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
