# case: a module table built by a dict comprehension over range() is read at int(tensor) in construct -> dict_getitem fails on a non-constant key
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LEVEL_OF_BIN = {b: min(b // 4, 2) for b in range(12)}


class BinLevel(nn.Cell):
    def __init__(self):
        super().__init__()
        self.table = LEVEL_OF_BIN

    def construct(self, bins):
        first = self.table[int(bins[0])]
        return bins * first


def make():
    np.random.seed(3)
    return BinLevel(), (Tensor(np.random.randint(0, 12, (5,)).astype(np.int32)),)
