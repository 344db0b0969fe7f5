# case: int() of a tensor used as a column limit
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class ColHead(nn.Cell):
    def construct(self, x, k):
        n = int(k)
        out = x[:, :n]
        return out + 1


def make():
    return ColHead(), (Tensor(np.linspace(-1, 1, 24, dtype=np.float32).reshape(6, 4)), Tensor(np.array(3, np.int64)))
