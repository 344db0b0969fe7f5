# case: near miss: ops.histc has a fixed bin count
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def construct(self, x):
        return ops.histc(x, bins=4, min=0.0, max=4.0) * 2


def make():
    return Net(), (Tensor(np.array([0, 2, 3, 1, 1], np.float32)),)
