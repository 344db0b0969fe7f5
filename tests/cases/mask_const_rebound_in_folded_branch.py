# case: pruned Dense subclass indexes its weight with a kept bool row mask; a branch that recomputes the mask is behind a flag that is off, so only the kept mask reaches the index -> dynamic at the mask index
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RowPruned(nn.Dense):
    def __init__(self, in_channels, out_channels, recompute=False):
        super().__init__(in_channels, out_channels)
        self.recompute = recompute
        self.row_mask = Tensor(np.array([True, False, True, True, False, True]))

    def construct(self, x):
        mask = self.row_mask
        if self.recompute:
            mask = ops.abs(self.weight).sum(axis=1) > 0.1
        w = self.weight[mask]
        return ops.matmul(x, w.T)


def make():
    np.random.seed(7)
    return RowPruned(8, 6), (Tensor(np.random.randn(2, 8).astype(np.float32)),)
