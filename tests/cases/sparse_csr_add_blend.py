# case: blends two CSRTensor graphs with CSRTensor.add(alpha, beta) in construct (merged nnz depends on index data); expect dynamic or error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class BlendGraphs(nn.Cell):
    def __init__(self, n=3, mix=0.3):
        super().__init__()
        self.n = n
        self.alpha = Tensor(1.0 - mix, ms.float32)
        self.beta = Tensor(mix, ms.float32)

    def construct(self, ptr_a, idx_a, val_a, ptr_b, idx_b, val_b):
        a = CSRTensor(ptr_a, idx_a, val_a, (self.n, self.n))
        b = CSRTensor(ptr_b, idx_b, val_b, (self.n, self.n))
        c = a.add(b, self.alpha, self.beta)
        return c.values


def make():
    pa = Tensor(np.array([0, 1, 2, 3], np.int32))
    ia = Tensor(np.array([0, 1, 2], np.int32))
    va = Tensor(np.array([1.0, 1.0, 1.0], np.float32))
    pb = Tensor(np.array([0, 2, 2, 3], np.int32))
    ib = Tensor(np.array([0, 2, 0], np.int32))
    vb = Tensor(np.array([2.0, 2.0, 2.0], np.float32))
    return BlendGraphs(), (pa, ia, va, pb, ib, vb)
