# case: converts a pruned weight matrix to COO-like (indices, values) via ops.nonzero and gather_nd -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ToSparseCOO(nn.Cell):
    def __init__(self, threshold=0.5):
        super().__init__()
        self.threshold = threshold

    def construct(self, w):
        pruned = ops.where(ops.abs(w) > self.threshold, w, ops.zeros_like(w))
        indices = ops.nonzero(pruned)
        values = ops.gather_nd(pruned, indices)
        return indices, values


class SparseExportHead(nn.Cell):
    def __init__(self):
        super().__init__()
        self.to_coo = ToSparseCOO(0.8)

    def construct(self, w):
        idx, vals = self.to_coo(w)
        return idx, vals * 2.0


def make():
    np.random.seed(18)
    w = Tensor(np.random.randn(6, 6).astype(np.float32))
    return SparseExportHead(), (w,)
