# case: check a touch for falseness by comparing every pair of row hashes with a broadcast equality matrix -> fixed shapes, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FalsenessCheck(nn.Cell):
    def __init__(self, n_bells=6):
        super().__init__()
        self.weights = Tensor([10 ** i for i in range(n_bells)], ms.int32)

    def construct(self, rows):
        h = (rows * self.weights).sum(axis=1)
        same = ops.equal(h.reshape(-1, 1), h.reshape(1, -1)).astype(ms.int32)
        n = rows.shape[0]
        off_diag = same - ops.eye(n, n, ms.int32)
        repeats = off_diag.sum() // 2
        return repeats, off_diag


def make():
    rows = np.array([[1, 2, 3, 4, 5, 6], [2, 1, 4, 3, 6, 5], [2, 4, 1, 6, 3, 5],
                     [1, 2, 3, 4, 5, 6]], dtype=np.int32)
    return FalsenessCheck(), (Tensor(rows),)
