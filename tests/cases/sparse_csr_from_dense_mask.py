# case: converts a thresholded dense attention matrix to CSRTensor via to_csr() inside construct and averages its stored values; nnz data-dependent -> dynamic or error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseAttention(nn.Cell):
    def __init__(self, thresh=0.2):
        super().__init__()
        self.thresh = thresh

    def construct(self, q, k, v):
        att = ops.softmax(ops.matmul(q, k.T), axis=-1)
        att = att * (att > self.thresh).astype(att.dtype)
        csr = att.to_csr()
        nnz_vals = csr.values
        return nnz_vals.sum() / ops.maximum(nnz_vals.shape[0], 1) + v.mean()


def make():
    q = Tensor(np.random.randn(4, 8).astype(np.float32))
    k = Tensor(np.random.randn(4, 8).astype(np.float32))
    v = Tensor(np.random.randn(4, 8).astype(np.float32))
    return SparseAttention(), (q, k, v)
