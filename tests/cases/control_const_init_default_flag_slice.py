# case: a flag stored from an __init__ default keeps a data-dependent slice in a dead branch
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Head(nn.Cell):
    def __init__(self, crop=False):
        super().__init__()
        self.crop = crop

    def construct(self, x, k):
        if self.crop:
            x = x[:k]
        return x * 2


def make():
    return Head(), (Tensor(np.random.randn(6, 3).astype(np.float32)), Tensor(3, ms.int32))
