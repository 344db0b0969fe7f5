# case: multiply a CSR formulary-substitution matrix by per-drug stock vectors inside construct -> sparse CSRTensor in graph mode, may be rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SubstitutionStock(nn.Cell):
    def __init__(self, n_drugs=5):
        super().__init__()
        self.shape = (n_drugs, n_drugs)

    def construct(self, indptr, indices, values, stock):
        subs = ms.CSRTensor(indptr, indices, values, self.shape)
        available = subs.mv(stock)
        return available + stock.reshape(-1)


def make():
    np.random.seed(92)
    indptr = Tensor(np.array([0, 2, 3, 5, 6, 7], np.int32))
    indices = Tensor(np.array([1, 3, 0, 1, 4, 2, 0], np.int32))
    values = Tensor(np.random.uniform(0.3, 1.0, (7,)).astype(np.float32))
    stock = Tensor(np.random.uniform(0, 50, (5, 1)).astype(np.float32))
    return SubstitutionStock(), (indptr, indices, values, stock)
