# case: build a COOTensor of active subcarrier CSI from nonzero positions inside construct and densify it -> dynamic or error (sparse tensor from data-dependent indices)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseCSI(nn.Cell):
    def __init__(self, thr=0.5):
        super().__init__()
        self.thr = thr

    def construct(self, amp):
        mask = amp > self.thr
        idx = ops.nonzero(mask).astype(ms.int32)          # (nnz, 2)
        vals = ops.gather_nd(amp, idx)
        coo = COOTensor(idx, vals, amp.shape)
        dense = coo.to_dense()
        return dense.sum(axis=1), vals


def make():
    np.random.seed(28)
    amp = np.abs(np.random.randn(4, 12)).astype(np.float32)
    return SparseCSI(), (Tensor(amp),)
