# case: recovers the row id of each CSR edge with ops.searchsorted on indptr (no repeat); expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CSRMessage(nn.Cell):
    def __init__(self, num_nodes=6, dim=4):
        super().__init__()
        self.num_nodes = num_nodes
        self.lin = nn.Dense(dim, dim)

    def construct(self, x, indptr, indices):
        nnz = indices.shape[0]
        pos = ops.arange(nnz, dtype=ms.int32)
        rows = ops.searchsorted(indptr[1:], pos, right=True).astype(ms.int32)
        msg = self.lin(x)[indices]
        return ops.unsorted_segment_sum(msg, rows, self.num_nodes)


def make():
    indptr = Tensor(np.array([0, 2, 3, 5, 6, 8, 9], np.int32))
    indices = Tensor(np.array([1, 2, 0, 3, 4, 5, 0, 1, 2], np.int32))
    x = Tensor(np.random.RandomState(24).randn(6, 4).astype(np.float32))
    return CSRMessage(), (x, indptr, indices)
