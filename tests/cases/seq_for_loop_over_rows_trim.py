# case: loops over batch rows with a constant range, slicing each row to its own length x[i, :lengths[i]] and summing; slice end from data -> dynamic or error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RowSummer(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.dense = nn.Dense(dim, dim)

    def construct(self, x, lengths):
        outs = []
        for i in range(3):
            n = lengths[i]
            row = x[i, :n]
            outs.append(self.dense(row).sum(axis=0))
        return ops.stack(outs)


def make():
    x = Tensor(np.random.randn(3, 6, 4).astype(np.float32))
    return RowSummer(), (x, Tensor(np.array([2, 6, 4], np.int32)))
