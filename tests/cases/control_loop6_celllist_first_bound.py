# case: sums sub-Cell outputs over a CellList, the sum first bound inside the loop under i == 0, read after
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.nets = nn.CellList([nn.Dense(4, 4), nn.Dense(4, 4)])

    def construct(self, x):
        for i, net in enumerate(self.nets):
            s = net(x)
            if i == 0:
                out = s
            else:
                out = out + s
        return out


def make():
    return Net(), (Tensor(np.ones((2, 4), np.float32)),)
