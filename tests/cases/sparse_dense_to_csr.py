# case: thresholded dense matrix converted with Tensor.to_csr() inside construct, then the CSR values and row pointer returned; nnz depends on data -> dynamic at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

THRESH = 0.2


def prune(w, t=THRESH):
    return ops.where(ops.abs(w) > t, w, ops.zeros_like(w))


class PruneToCSR(nn.Cell):
    def construct(self, w):
        sp = prune(w).to_csr()
        return sp.values * 2.0, sp.indptr


def make():
    return PruneToCSR(), (Tensor(np.random.randn(4, 6).astype(np.float32)),)
