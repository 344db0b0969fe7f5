# case: reads the number of filled cells with .item() and allocates a per-cell weight vector of that length with ops.ones -> size from a tensor value via item(), error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FilledCellWeights(nn.Cell):
    def __init__(self, base_weight=0.5):
        super().__init__()
        self.base_weight = base_weight

    def construct(self, cell_values, filled):
        n_filled = filled.astype(ms.int32).sum().item()
        weights = ops.ones((n_filled,), ms.float32) * self.base_weight
        order = ops.sort(cell_values * filled, descending=True)[0]
        return order[:n_filled] * weights


def make():
    np.random.seed(41)
    vals = Tensor((np.random.rand(8) * 10).astype(np.float32))
    filled = Tensor(np.array([1, 1, 0, 1, 0, 1, 1, 0], dtype=np.float32))
    return FilledCellWeights(), (vals, filled)
