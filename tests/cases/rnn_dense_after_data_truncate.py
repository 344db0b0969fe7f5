# case: truncate to the longest length (a tensor max), then a Dense over the tokens: dynamic, but no RNN
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Proj(nn.Cell):
    def __init__(self):
        super().__init__()
        self.proj = nn.Dense(8, 4)

    def construct(self, x, lengths):
        t_max = lengths.max()
        x = x[:, :t_max]
        y = self.proj(x)
        return y.mean(axis=1)


def make():
    return Proj(), (Tensor(np.ones((2, 10, 8), np.float32)), Tensor(np.array([7, 4], np.int32)))
