# case: near miss: a scale is an int on both paths
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        scale = 1
        if x.mean() > 0:
            scale = 2
        return x * scale


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
