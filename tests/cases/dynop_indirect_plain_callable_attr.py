# case: a plain helper object with __call__ using ops.unique, kept on the Cell
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Dedupe:
    def __call__(self, v):
        out, _ = ops.unique(v)
        return out


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.dedupe = Dedupe()

    def construct(self, x):
        return self.dedupe(x) * 2


def make():
    return Net(), (Tensor(np.array([4, 4, 1, 7, 1], np.int32)),)
