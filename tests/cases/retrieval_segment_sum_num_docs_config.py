# case: passage-to-document score aggregation with unsorted_segment_sum over a fixed num_docs taken from the constructor, then doc-level softmax -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DocScoreAggregator(nn.Cell):
    def __init__(self, num_docs=6, dim=8, normalize_by_count=True):
        super().__init__()
        self.num_docs = num_docs
        self.normalize_by_count = normalize_by_count
        self.q_proj = nn.Dense(dim, dim)

    def _counts(self, passage_doc):
        ones = ops.ones(passage_doc.shape, ms.float32)
        return ops.unsorted_segment_sum(ones, passage_doc, self.num_docs)

    def construct(self, query, passages, passage_doc):
        p_scores = ops.matmul(passages, self.q_proj(query))
        doc_scores = ops.unsorted_segment_sum(p_scores, passage_doc, self.num_docs)
        if self.normalize_by_count:
            doc_scores = doc_scores / ops.maximum(self._counts(passage_doc), 1.0)
        return ops.softmax(doc_scores, axis=-1)


def make():
    np.random.seed(37)
    q = Tensor(np.random.randn(8).astype(np.float32))
    p = Tensor(np.random.randn(11, 8).astype(np.float32))
    doc = Tensor(np.array([0, 0, 1, 2, 2, 2, 3, 4, 4, 5, 5], dtype=np.int32))
    return DocScoreAggregator(), (q, p, doc)
