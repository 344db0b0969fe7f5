# case: pruned Dense subclass starts from a kept bool row mask but a flag that is on swaps it for kept int row ids, so the weight is gathered -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RowPruned(nn.Dense):
    def __init__(self, in_channels, out_channels, use_ids=True):
        super().__init__(in_channels, out_channels)
        self.use_ids = use_ids
        self.row_mask = Tensor(np.array([True, False, True, True, False, True]))
        self.row_ids = Tensor(np.array([0, 2, 3, 5], np.int32))

    def construct(self, x):
        sel = self.row_mask
        if self.use_ids:
            sel = self.row_ids
        w = self.weight[sel]
        return ops.matmul(x, w.T)


def make():
    np.random.seed(8)
    return RowPruned(8, 6), (Tensor(np.random.randn(2, 8).astype(np.float32)),)
