# case: getattr(self, "use_window", False) guards a data-dependent slice; nothing sets the attribute: the slice is never compiled -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Pool(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.fc = nn.Dense(dim, dim)

    def construct(self, x, n):
        h = self.fc(x)
        if getattr(self, "use_window", False):
            h = h[:n.max()]
        return h.sum(0)


def make():
    return Pool(), (Tensor(np.ones((4, 8), np.float32)), Tensor(np.array([1, 3], np.int32)))
