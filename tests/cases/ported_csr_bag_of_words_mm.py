# case: bag-of-words encoder wraps a CSR feature matrix (indptr/indices/values inputs) in CSRTensor and calls .mm -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor, Parameter
from mindspore.common.initializer import initializer, XavierUniform


class SparseBowEncoder(nn.Cell):
    def __init__(self, vocab_size=12, hidden=6, use_idf=True):
        super().__init__()
        self.vocab_size = vocab_size
        self.weight = Parameter(initializer(XavierUniform(), (vocab_size, hidden), ms.float32), name="weight")
        self.use_idf = use_idf
        self.idf = Parameter(ops.ones(vocab_size, ms.float32), name="idf", requires_grad=False)
        self.out = nn.Dense(hidden, hidden)

    def construct(self, indptr, indices, values):
        num_docs = indptr.shape[0] - 1
        if self.use_idf:
            values = values * self.idf[indices]
        bow = CSRTensor(indptr, indices, values, (num_docs, self.vocab_size))
        doc = bow.mm(self.weight)
        return self.out(ops.tanh(doc))


def make():
    np.random.seed(17)
    indptr = np.array([0, 2, 5, 6], dtype=np.int32)
    indices = np.array([0, 3, 1, 4, 7, 11], dtype=np.int32)
    values = np.random.rand(6).astype(np.float32)
    return SparseBowEncoder(), (Tensor(indptr), Tensor(indices), Tensor(values))
