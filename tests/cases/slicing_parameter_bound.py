# case: slice bound is an int64 Parameter on the Cell
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor, Parameter


class LearnedLen(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(3, ms.int64), name="w", requires_grad=False)

    def construct(self, x):
        return x[: self.w]


def make():
    return LearnedLen(), (Tensor(np.arange(8, dtype=np.float32)),)
