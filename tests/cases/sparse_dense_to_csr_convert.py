# case: converts a dense activation to CSR with ops.dense_to_sparse_csr inside construct, so the nnz count depends on data and graph mode infers a dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparsifyActivations(nn.Cell):
    def construct(self, x):
        h = ops.relu(x)
        csr = ops.dense_to_sparse_csr(h)
        return csr.values.sum()


def make():
    return SparsifyActivations(), (Tensor(np.random.randn(3, 4).astype(np.float32)),)
