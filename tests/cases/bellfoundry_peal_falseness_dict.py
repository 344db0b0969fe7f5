# case: check a touch for falseness by storing each row's hash (int() of a tensor) in a Python dict inside construct -> int() on tensor and dict membership in construct, expected error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FalsenessCheck(nn.Cell):
    def __init__(self, n_bells=6):
        super().__init__()
        self.weights = Tensor([10 ** i for i in range(n_bells)], ms.int32)

    def row_hash(self, row):
        return (row * self.weights).sum()

    def construct(self, rows):
        seen = {}
        repeats = 0
        for i in range(rows.shape[0]):
            h = int(self.row_hash(rows[i]))
            if h in seen:
                repeats += 1
            seen[h] = i
        return repeats


def make():
    rows = np.array([[1, 2, 3, 4, 5, 6], [2, 1, 4, 3, 6, 5], [2, 4, 1, 6, 3, 5],
                     [1, 2, 3, 4, 5, 6]], dtype=np.int32)
    return FalsenessCheck(), (Tensor(rows),)
