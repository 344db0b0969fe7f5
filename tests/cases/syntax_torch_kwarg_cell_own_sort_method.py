# case: a Cell's own method named `sort` given `dim=` (not Tensor.sort) -> static, it is plain Python
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Ranker(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scale = 2.0

    def sort(self, x, dim=0):
        return ops.sort(x, axis=dim)[0] * self.scale

    def construct(self, x):
        return self.sort(x, dim=0) + 1.0


def make():
    np.random.seed(3)
    return Ranker(), (Tensor(np.random.rand(6).astype(np.float32)),)
