# case: a plain buffer object built and filled in the Cell's __init__, its list stacked in construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Anchors:
    def __init__(self):
        self.rows = []

    def add(self, row):
        self.rows.append(row)


class AnchorHead(nn.Cell):
    def __init__(self, n=3, dim=4):
        super().__init__()
        self.anchors = Anchors()
        for i in range(n):
            self.anchors.add(Tensor(np.full((dim,), float(i), np.float32)))

    def construct(self, x):
        table = ops.stack(self.anchors.rows)
        return ops.matmul(x, table.T)


def make():
    return AnchorHead(), (Tensor(np.ones((2, 4), np.float32)),)
