# case: a for loop over range of an int64 tensor's .item() sums x[i]
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, k):
        n = k.item()
        total = x[0] * 0
        for i in range(n):
            total = total + x[i]
        return total


def make():
    np.random.seed(10)
    return Net(), (Tensor(np.random.rand(12).astype(np.float32)), Tensor(5, ms.int64))
