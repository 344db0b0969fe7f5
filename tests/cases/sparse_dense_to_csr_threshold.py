# case: ops.dense_to_sparse_csr on a thresholded dense tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Prune(nn.Cell):
    def construct(self, w):
        kept = ops.where(ops.abs(w) > 0.5, w, ops.zeros_like(w))
        csr = ops.dense_to_sparse_csr(kept)
        return csr.values


def make():
    return Prune(), (Tensor(np.array([[0.9, 0.1, -0.7], [0.2, 0.6, 0.0]], np.float32)),)
