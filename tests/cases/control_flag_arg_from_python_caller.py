# case: a Cell's flag argument that its only caller passes from a bool-default keyword: the ifexp picks a tuple length at compile time
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Split(nn.Cell):
    def construct(self, a, pivot):
        p = a * 2
        l = a + 1
        u = a - 1
        out = (p, l, u) if pivot else (l, u)
        return out


def split(a, *, pivot=True):
    op = Split()
    return op(a, pivot)


def make():
    return Split(), (Tensor(np.ones(4, np.float32)), True)
