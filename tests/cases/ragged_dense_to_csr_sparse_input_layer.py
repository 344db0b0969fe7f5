# case: converts a mostly-zero dense feature matrix to CSR with ops.dense_to_sparse_csr and uses it in a sparse matmul -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseInputLayer(nn.Cell):
    """First layer of a wide model; sparsifies its input to exploit the zeros."""

    def __init__(self, in_dim=10, out_dim=4, sparsify=True):
        super().__init__()
        self.sparsify = sparsify
        self.weight = ms.Parameter(Tensor(np.random.RandomState(2).randn(in_dim, out_dim)
                                          .astype(np.float32) * 0.1), name="weight")

    def construct(self, x):
        if self.sparsify:
            csr = ops.dense_to_sparse_csr(x)
            x = csr.to_dense()
        return ops.matmul(x, self.weight)


def make():
    np.random.seed(0)
    x = np.random.randn(3, 10).astype(np.float32)
    x[np.random.rand(3, 10) > 0.3] = 0.0
    return SparseInputLayer(), (Tensor(x),)
