# case: near miss: sub-Cells appended to a CellList in __init__, each called with a range counter that gives a StridedSlice its begin and end
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Pick(nn.Cell):
    def __init__(self, width):
        super().__init__()
        self.width = width
        self.strided_slice = ops.StridedSlice()

    def construct(self, i, x):
        return self.strided_slice(x, (i * self.width,), ((i + 1) * self.width,), (1,))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.picks = nn.CellList()
        for _ in range(2):
            pick = Pick(2)
            self.picks.append(pick)

    def construct(self, x):
        out = ()
        for i in range(2):
            out += (self.picks[i](i, x),)
        return out


def make():
    return Net(), (Tensor(np.arange(8).astype(np.float32)),)
