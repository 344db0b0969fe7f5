# case: a for loop over range(n) where n is a 0-d Tensor argument; graph mode rejects it at both levels because make_range needs an int scalar (no interpreter fallback)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class RepeatBlock(nn.Cell):
    def __init__(self):
        super().__init__()
        self.block = nn.Dense(3, 3)

    def construct(self, x, n):
        for _ in range(n):
            x = self.block(x)
        return x


def make():
    return RepeatBlock(), (Tensor(np.random.randn(2, 3).astype(np.float32)), Tensor(2, ms.int32))
