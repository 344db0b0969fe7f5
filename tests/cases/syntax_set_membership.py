# case: membership test against a set literal in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, k: int = 2):
        if k in {1, 2}:
            x = x * 2
        return x


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32) - 3),)
