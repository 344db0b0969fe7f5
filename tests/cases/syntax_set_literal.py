# case: a set literal in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        tags = {1, 2, 3}
        return x * len(tags)


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32) - 3),)
