# case: a for over sub-Cells binds acc on its first pass (if i == 0) and reads it in a comprehension on the others: the body is its own graph, so the read on the else path is refused at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Multi(nn.Cell):
    def __init__(self):
        super().__init__()
        self.nets = nn.CellList([nn.Dense(4, 4), nn.Dense(4, 4)])

    def construct(self, x, scales):
        for i, (scale, net) in enumerate(zip(scales, self.nets)):
            outs = [net(x) * scale, net(x + 1.0) * scale]
            if i == 0:
                acc = outs
            else:
                acc = [a + b for a, b in zip(acc, outs)]
        return acc[0] + acc[1]


def make():
    return Multi(), (Tensor(np.ones((2, 4), np.float32)), (1.0, 0.5))
