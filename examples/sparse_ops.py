"""Sparse ops whose kernels exist on some devices only."""
from mindspore import CSRTensor, nn, ops


class SparseProject(nn.Cell):
    def construct(self, indptr, indices, values):
        csr = CSRTensor(indptr, indices, values, (4, 4))
        return ops.csr_mm(csr, csr)  # expect: MSG103, MSG301
