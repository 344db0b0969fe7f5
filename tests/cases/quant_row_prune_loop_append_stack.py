# case: row pruning iterates over weight rows, appending rows whose L2 norm passes a threshold and stacking them -> error (data-dependent list length)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RowPruner(nn.Cell):
    def __init__(self, min_norm=2.5):
        super().__init__()
        self.min_norm = min_norm

    def row_norm(self, row):
        return ops.sqrt(ops.reduce_sum(row * row))

    def construct(self, w):
        kept = []
        for i in range(w.shape[0]):
            row = w[i]
            if self.row_norm(row) > self.min_norm:
                kept.append(row)
        return ops.stack(kept)


def make():
    np.random.seed(28)
    w = Tensor(np.random.randn(6, 8).astype(np.float32))
    return RowPruner(), (w,)
