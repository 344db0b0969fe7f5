# case: tensor condition returns a tuple on one path and a tensor on the other (hazard)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        if x.sum() > 0:
            return x, x * 2
        return x


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 4),)
