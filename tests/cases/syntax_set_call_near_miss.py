# case: near miss: set() call, a dict and a tuple membership test in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, k: int = 2):
        kinds = set((1, 2, 2))
        table = {1: 2}
        if k in (1, 2):
            x = x * 2
        return x * len(kinds) * table[1]


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32) - 3),)
