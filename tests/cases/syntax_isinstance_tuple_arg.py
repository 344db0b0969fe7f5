# case: isinstance dispatch between tuple and Tensor inputs (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, xs):
        if isinstance(xs, (tuple, list)):
            return ops.concat(xs)
        return xs


def make():
    return Net(), ((Tensor(np.ones(2, np.float32)), Tensor(np.zeros(3, np.float32))),)
