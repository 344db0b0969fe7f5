# case: text model builds a bag-of-words CSRTensor from fixed-size inputs in construct and densifies it with to_dense() before a Dense layer; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor

VOCAB = 6


class BowEncoder(nn.Cell):
    def __init__(self, n_docs=3, hidden=4):
        super().__init__()
        self.n_docs = n_docs
        self.fc = nn.Dense(VOCAB, hidden)

    def construct(self, indptr, indices, counts):
        bow = CSRTensor(indptr, indices, counts, (self.n_docs, VOCAB))
        dense = bow.to_dense()
        tf = dense / (dense.sum(axis=1, keepdims=True) + 1.0)
        return self.fc(tf)


def make():
    indptr = Tensor(np.array([0, 2, 3, 5], np.int32))
    indices = Tensor(np.array([0, 4, 1, 2, 5], np.int32))
    counts = Tensor(np.array([1.0, 2.0, 1.0, 3.0, 1.0], np.float32))
    return BowEncoder(), (indptr, indices, counts)
