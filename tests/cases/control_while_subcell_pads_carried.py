# case: a tensor `while` hands its carried sequence to a sub-Cell that pads it by one frame each pass -> compile error, blamed in the sub-Cell
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Extend(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.proj = nn.Dense(dim, dim)

    def construct(self, seq):
        seq = ops.pad(seq, (0, 0, 0, 1), value=1.0)
        return seq * 0.5 + ops.tanh(self.proj(seq)) * 0.0


class Grow(nn.Cell):
    def __init__(self, dim=4, limit=2.5):
        super().__init__()
        self.extend = Extend(dim)
        self.limit = limit

    def construct(self, seq):
        while seq.sum() < self.limit:
            seq = self.extend(seq)
        return seq


def make():
    return Grow(), (Tensor(np.zeros((2, 4), np.float32)),)
