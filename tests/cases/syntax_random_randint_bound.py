# case: random.randint picks a slice bound in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

import random


class Net(nn.Cell):
    def construct(self, x):
        k = random.randint(1, 3)
        return x[:k]


def make():
    return Net(), (Tensor(np.arange(5, dtype=np.float32)),)
