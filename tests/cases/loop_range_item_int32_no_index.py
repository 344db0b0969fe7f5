# case: a for loop over range of an int32 tensor's .item() doubles a value, no indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, k):
        n = k.item()
        total = x * 1
        for _ in range(n):
            total = total * 0.5
        return total


def make():
    np.random.seed(10)
    return Net(), (Tensor(np.random.rand(12).astype(np.float32)), Tensor(5, ms.int32))
