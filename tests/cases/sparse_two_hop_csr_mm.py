# case: two-hop propagation squares a CSR adjacency with ops.csr_mm (sparse x sparse)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class TwoHop(nn.Cell):
    def __init__(self):
        super().__init__()
        self.lin = nn.Dense(3, 3)

    def construct(self, indptr, indices, vals, x):
        a = CSRTensor(indptr, indices, vals, (3, 3))
        a2 = ops.csr_mm(a, a)
        return self.lin(a2.to_dense() @ x)


def make():
    return TwoHop(), (Tensor(np.array([0, 2, 3, 4], np.int32)), Tensor(np.array([0, 1, 2, 0], np.int32)),
                      Tensor(np.ones(4, np.float32)), Tensor(np.random.randn(3, 3).astype(np.float32)))
