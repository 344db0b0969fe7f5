# case: loops over zip of an input tuple and a CellList, merging into a name first bound inside the loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.nets = nn.CellList([nn.Dense(4, 4), nn.Dense(4, 4)])

    def construct(self, conds, x):
        for i, (c, net) in enumerate(zip(conds, self.nets)):
            s = net(x + c)
            if i == 0:
                merged = s
            else:
                merged = merged + s
        return merged


def make():
    x = Tensor(np.ones((2, 4), np.float32))
    return Net(), ((x, x * 2), x)
