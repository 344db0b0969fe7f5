# case: sparse graph residual adds two COOTensor adjacencies with COOTensor.add and a drop threshold inside construct (output nnz depends on data); expect dynamic or error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor

SHAPE = (4, 4)


def build(indices, values):
    return COOTensor(indices, values, SHAPE)


class ResidualAdj(nn.Cell):
    def __init__(self, drop=0.1):
        super().__init__()
        self.thresh = Tensor(drop, ms.float32)

    def construct(self, idx_a, val_a, idx_b, val_b):
        a = build(idx_a, val_a)
        b = build(idx_b, val_b)
        merged = a.add(b, self.thresh)
        return merged.values.sum(), merged.indices


def make():
    ia = Tensor(np.array([[0, 1], [1, 2], [3, 3]], np.int64))
    va = Tensor(np.array([1.0, 0.05, 2.0], np.float32))
    ib = Tensor(np.array([[0, 1], [2, 0]], np.int64))
    vb = Tensor(np.array([0.5, 0.02], np.float32))
    return ResidualAdj(), (ia, va, ib, vb)
