# case: for loop over range(int(k)) with a tensor k accumulating a sum
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Repeat(nn.Cell):
    def construct(self, x, k):
        acc = x
        for _ in range(int(k)):
            acc = acc + x
        return acc


def make():
    return Repeat(), (Tensor(np.ones(3, np.float32)), Tensor(3, ms.int64))
