# case: sparse-update layer finds active rows with ops.nonzero and gathers them
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActiveRows(nn.Cell):
    def __init__(self, dim=5):
        super().__init__()
        self.fc = nn.Dense(dim, dim)

    def construct(self, x, active):
        rows = ops.nonzero(active).squeeze(-1)
        sel = ops.gather(x, rows, 0)
        return self.fc(sel).sum()


def make():
    x = Tensor(np.random.randn(6, 5).astype(np.float32))
    active = Tensor(np.array([1, 0, 1, 1, 0, 0], np.int32))
    return ActiveRows(), (x, active)
