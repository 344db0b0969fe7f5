# case: sparse embedding update: rows touched in the batch found with nonzero, gradient packed into a COOTensor -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, COOTensor


class SparseEmbeddingSGD(nn.Cell):
    def __init__(self, vocab_size=16, dim=4, lr=0.5):
        super().__init__()
        self.table = Parameter(Tensor(np.random.RandomState(0).randn(vocab_size, dim).astype(np.float32) * 0.1),
                               name="emb_table")
        self.vocab_size = vocab_size
        self.dim = dim
        self.lr = lr
        self.grad = ops.GradOperation()

    def lookup_loss(self, table, ids, targets):
        vecs = ops.gather(table, ids, 0)
        return ops.square(vecs.sum(-1) - targets).mean()

    def sparse_grad(self, dense_grad):
        touched = ops.nonzero(ops.abs(dense_grad).sum(-1) > 0)
        values = ops.gather_nd(dense_grad, touched)
        row_idx = touched.reshape(-1)
        rows = ops.tile(row_idx.reshape(-1, 1), (1, self.dim)).reshape(-1, 1)
        cols = ops.tile(ops.arange(self.dim, dtype=row_idx.dtype), (row_idx.shape[0],)).reshape(-1, 1)
        indices = ops.concat((rows, cols), 1)
        return COOTensor(indices, values.reshape(-1), (self.vocab_size, self.dim))

    def construct(self, ids, targets):
        loss = self.lookup_loss(self.table, ids, targets)
        dense_grad = self.grad(self.lookup_loss)(self.table, ids, targets)
        coo = self.sparse_grad(dense_grad)
        ops.assign_sub(self.table, self.lr * coo.to_dense())
        return loss


def make():
    np.random.seed(37)
    ids = Tensor(np.array([1, 3, 3, 7, 12], np.int32))
    targets = Tensor(np.random.randn(5).astype(np.float32))
    return SparseEmbeddingSGD(), (ids, targets)
