# case: chained x[:k.item()].sum() with an int64 scalar tensor
import numpy as np
import mindspore as ms
from mindspore.nn import Cell


class Prefix(Cell):
    def construct(self, v, k):
        return v[:k.item()].sum()


def make():
    return Prefix(), (ms.Tensor(np.ones(8, np.float32)), ms.Tensor(5, ms.int64))
