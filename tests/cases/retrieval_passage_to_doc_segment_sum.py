# case: aggregates passage-level scores into document scores with unsorted_segment_sum (default agg) where the segment count comes from the max doc id -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PassageToDocAggregator(nn.Cell):
    """SumP / MaxP aggregation of passage scores into document scores."""

    def __init__(self, dim=8, agg="sum"):
        super().__init__()
        self.agg = agg
        self.scale = dim ** -0.5

    def passage_scores(self, query, passages):
        return ops.matmul(passages, query) * self.scale

    def aggregate(self, scores, doc_ids):
        num_docs = doc_ids.max() + 1
        if self.agg == "max":
            return ops.unsorted_segment_max(scores, doc_ids, num_docs)
        return ops.unsorted_segment_sum(scores, doc_ids, num_docs)

    def construct(self, query, passages, doc_ids):
        doc_scores = self.aggregate(self.passage_scores(query, passages), doc_ids)
        return doc_scores, doc_scores.argmax()


def make():
    np.random.seed(13)
    q = Tensor(np.random.randn(8).astype(np.float32))
    p = Tensor(np.random.randn(10, 8).astype(np.float32))
    doc_ids = Tensor(np.array([0, 0, 1, 1, 1, 2, 3, 3, 4, 4], dtype=np.int32))
    return PassageToDocAggregator(), (q, p, doc_ids)
