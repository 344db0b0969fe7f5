# case: pooling head compares an Enum member stored in __init__ to choose mean or max pooling (near miss)
import enum
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Pool(enum.Enum):
    MEAN = 0
    MAX = 1


class PoolHead(nn.Cell):
    def __init__(self, mode=Pool.MAX):
        super().__init__()
        self.mode = mode
        self.fc = nn.Dense(5, 2)

    def construct(self, x):
        if self.mode == Pool.MEAN:
            v = x.mean(axis=1)
        else:
            v = x.max(axis=1)
        return self.fc(v)


def make():
    return PoolHead(), (Tensor(np.random.randn(2, 4, 5).astype(np.float32)),)
