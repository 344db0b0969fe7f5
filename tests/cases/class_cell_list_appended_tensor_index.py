# case: hazard twin: a sub-Cell appended to a CellList in __init__, called with a tensor index that gives a StridedSlice its begin and end
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
        self.picks.append(Pick(2))

    def construct(self, x):
        start = ops.argmax(x)
        return self.picks[0](start // 4, x)


def make():
    return Net(), (Tensor(np.arange(8).astype(np.float32)),)
