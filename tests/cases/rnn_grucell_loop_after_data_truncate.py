# case: truncate to the longest length (a tensor max), then step a GRUCell over a constant number of steps
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Stepper(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cell = nn.GRUCell(8, 8)

    def construct(self, x, lengths):
        t_max = lengths.max()
        x = x[:, :t_max]
        h = ops.zeros((x.shape[0], 8), ms.float32)
        for t in range(4):
            h = self.cell(x[:, t], h)
        return h


def make():
    return Stepper(), (Tensor(np.ones((2, 10, 8), np.float32)), Tensor(np.array([7, 4], np.int32)))
