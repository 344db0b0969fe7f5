# case: math.log applied to k.item() of an int64 tensor
import math
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Net(nn.Cell):
    def construct(self, x, k):
        return x * math.log(k.item())


def make():
    return Net(), (Tensor(np.ones(3, np.float32)), Tensor(4, ms.int64))
