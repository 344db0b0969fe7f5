# case: sparse autoregressive flow whose strictly-lower-triangular weight is stored as a COOTensor built in construct from a dense masked matrix via nonzero indices -> sparse tensor with data-dependent nnz in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, COOTensor


class SparseMaskedLinearFlow(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.dim = dim
        self.w = Parameter(Tensor(0.1 * np.random.randn(dim, dim).astype(np.float32)), name="w")
        self.mask = Tensor(np.tril(np.ones((dim, dim), np.float32), -1))
        self.log_diag = Parameter(Tensor(np.zeros((dim,), np.float32)), name="log_diag")

    def sparse_weight(self):
        dense = self.w * self.mask
        idx = ops.nonzero(dense)
        vals = ops.gather_nd(dense, idx)
        return COOTensor(idx, vals, (self.dim, self.dim))

    def construct(self, x):
        w_sp = self.sparse_weight()
        shift = w_sp.to_dense()
        y = x * ops.exp(self.log_diag) + ops.matmul(x, shift.T)
        logdet = ops.broadcast_to(self.log_diag.sum(), (x.shape[0],))
        return y, logdet


def make():
    np.random.seed(39)
    x = Tensor(np.random.randn(4, 5).astype(np.float32))
    return SparseMaskedLinearFlow(5), (x,)
