# case: helper generator function with yield consumed in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


def gen(x):
    for i in range(2):
        yield x + i


class Net(nn.Cell):
    def construct(self, x, k):
        out = x * 0
        for t in gen(x):
            out = out + t
        return out


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
