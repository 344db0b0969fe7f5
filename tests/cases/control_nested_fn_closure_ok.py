# case: a nested function closing over a tensor, defined in construct (near miss?)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        scale = x.max()

        def norm(t):
            return t / scale
        return norm(x)


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 4),)
