# case: random.randint with a tensor bound
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
import random


class Net(nn.Cell):
    def construct(self, x, k):
        i = random.randint(0, k)
        return x * i


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
