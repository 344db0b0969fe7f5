# case: VQ decoder lookup expressed as a sparse COO assignment matrix times the codebook -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SparseCodeLookup(nn.Cell):
    def __init__(self, num_codes=10, dim=4):
        super().__init__()
        self.num_codes = num_codes
        w = np.random.RandomState(3).randn(num_codes, dim).astype(np.float32)
        self.codebook = Parameter(Tensor(w), name="codebook")

    def assignment(self, idx):
        n = idx.shape[0]
        rows = ops.arange(0, n, dtype=ms.int32)
        coords = ops.stack((rows, idx), axis=1)
        vals = ops.ones((n,), ms.float32)
        return ms.COOTensor(coords, vals, (n, self.num_codes))

    def construct(self, idx):
        assign = self.assignment(idx)
        dense = assign.to_dense()
        return ops.matmul(dense, self.codebook)


def make():
    np.random.seed(0)
    idx = Tensor(np.random.randint(0, 10, size=(6,)).astype(np.int32))
    return SparseCodeLookup(), (idx,)
