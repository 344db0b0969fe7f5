# case: BM25-like inverted index stored as a CSRTensor built in construct and multiplied with the query term vector -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class InvertedIndexScorer(nn.Cell):
    def __init__(self, k1=1.2, b=0.75, top_k=3):
        super().__init__()
        self.k1 = k1
        self.b = b
        self.top_k = top_k

    def _bm25_weights(self, tf, doc_len, avg_len):
        norm = self.k1 * (1.0 - self.b + self.b * doc_len / avg_len)
        return tf * (self.k1 + 1.0) / (tf + norm)

    def construct(self, indptr, indices, tf, row_of_nnz, doc_len, query_terms):
        avg_len = doc_len.mean()
        weights = self._bm25_weights(tf, ops.gather(doc_len, row_of_nnz, 0), avg_len)
        index = CSRTensor(indptr, indices, weights, (doc_len.shape[0], query_terms.shape[0]))
        scores = index.mv(query_terms.reshape(-1, 1)).reshape(-1)
        return ops.topk(scores, self.top_k)


def make():
    np.random.seed(18)
    dense = (np.random.rand(6, 10) > 0.6) * np.random.randint(1, 4, size=(6, 10))
    rows, cols = np.nonzero(dense)
    indptr = np.concatenate([[0], np.cumsum((dense > 0).sum(axis=1))]).astype(np.int32)
    tf = dense[rows, cols].astype(np.float32)
    doc_len = dense.sum(axis=1).astype(np.float32)
    query = (np.random.rand(10) > 0.5).astype(np.float32)
    return InvertedIndexScorer(), (Tensor(indptr), Tensor(cols.astype(np.int32)), Tensor(tf),
                                   Tensor(rows.astype(np.int32)), Tensor(doc_len), Tensor(query))
