# case: multirate solver with fast and slow sub-fields kept in an nn.CellList, fast part sub-stepped a constructor-fixed number of times -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SubField(nn.Cell):
    def __init__(self, dim, scale):
        super().__init__()
        self.fc = nn.Dense(dim, dim)
        self.scale = scale

    def construct(self, y):
        return self.scale * ops.tanh(self.fc(y))


class MultirateSolver(nn.Cell):
    def __init__(self, dim=4, substeps=(1, 4), H=0.2, macro_steps=3):
        super().__init__()
        self.fields = nn.CellList([SubField(dim, 0.5), SubField(dim, 5.0)])
        self.substeps = substeps
        self.H = H
        self.macro_steps = macro_steps

    def construct(self, y):
        for _ in range(self.macro_steps):
            for field, m in zip(self.fields, self.substeps):
                h = self.H / m
                for _ in range(m):
                    y = y + h * field(y)
        return y


def make():
    np.random.seed(43)
    y = Tensor(np.random.randn(2, 4).astype(np.float32))
    return MultirateSolver(), (y,)
