# case: bag-of-words classifier builds a CSRTensor document-term matrix from indptr/indices/values and projects it -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseBowClassifier(nn.Cell):
    """Linear text classifier over a sparse document-term matrix in CSR form."""

    def __init__(self, vocab_size=16, num_classes=3, num_docs=4, tfidf_scale=True):
        super().__init__()
        self.vocab_size = vocab_size
        self.num_docs = num_docs
        self.tfidf_scale = tfidf_scale
        self.weight = ms.Parameter(Tensor(np.random.RandomState(1).randn(vocab_size, num_classes)
                                          .astype(np.float32) * 0.1), name="weight")
        self.idf = ms.Parameter(ops.ones(vocab_size, ms.float32), name="idf", requires_grad=False)

    def construct(self, indptr, indices, counts):
        values = ops.log1p(counts)
        if self.tfidf_scale:
            values = values * ops.gather(self.idf, indices, 0)
        doc_term = ms.CSRTensor(indptr, indices, values, (self.num_docs, self.vocab_size))
        dense = doc_term.to_dense()
        logits = ops.matmul(dense, self.weight)
        return ops.log_softmax(logits, -1)


def make():
    np.random.seed(0)
    indptr = Tensor(np.array([0, 3, 5, 6, 9], dtype=np.int32))
    indices = Tensor(np.array([1, 4, 7, 0, 9, 15, 2, 3, 11], dtype=np.int32))
    counts = Tensor(np.random.randint(1, 5, size=9).astype(np.float32))
    return SparseBowClassifier(), (indptr, indices, counts)
