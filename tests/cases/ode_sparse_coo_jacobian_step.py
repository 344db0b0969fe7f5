# case: semi-implicit step for a banded stiff system builds its Jacobian as a COOTensor inside construct and multiplies it with the state -> sparse tensor in graph (may error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class BandedDiffusion(nn.Cell):
    def __init__(self, n=6, nu=50.0):
        super().__init__()
        rows, cols, vals = [], [], []
        for i in range(n):
            for j, v in ((i - 1, nu), (i, -2.0 * nu), (i + 1, nu)):
                if 0 <= j < n:
                    rows.append(i)
                    cols.append(j)
                    vals.append(v)
        self.indices = Tensor(np.stack([rows, cols], axis=1).astype(np.int32))
        self.values = Tensor(np.array(vals, dtype=np.float32))
        self.shape = (n, n)

    def construct(self, y, h):
        jac = COOTensor(self.indices, self.values * h, self.shape)
        dy = ops.matmul(jac.to_dense(), y)
        return y + dy


def make():
    np.random.seed(18)
    y = Tensor(np.random.rand(6, 2).astype(np.float32))
    return BandedDiffusion(), (y, Tensor(0.001, ms.float32))
