# case: fancy indexing with a Python list of ints and with an int32 index tensor, ops imported as P; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
from mindspore import ops as P

KEEP = [0, 2, 3]


class Select(nn.Cell):
    def __init__(self):
        super().__init__()
        self.keep = KEEP

    def construct(self, x, idx):
        cols = x[:, self.keep]
        rows = x[idx]
        return P.matmul(rows, cols)


def make():
    x = Tensor(np.random.rand(4, 4).astype(np.float32))
    idx = Tensor(np.array([1, 0, 3], np.int32))
    return Select(), (x, idx)
