# case: sorted() over tensors (hazard?)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Order(nn.Cell):
    def construct(self, a, b):
        lo, hi = sorted([a.sum(), b.sum()])
        return hi - lo


def make():
    return Order(), (Tensor(np.ones((2,), np.float32)), Tensor(np.zeros((2,), np.float32)))
