# case: reranker keeps a Python dict from retrieved doc id (int() of tensor elements) to embedding to skip duplicates -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DedupReranker(nn.Cell):
    def __init__(self, num_docs=40, dim=8, top_k=6):
        super().__init__()
        self.table = nn.Embedding(num_docs, dim)
        self.top_k = top_k

    def _candidates(self, query, first_scores):
        _, idx = ops.topk(first_scores, self.top_k)
        return idx.astype(ms.int32)

    def construct(self, query, first_scores):
        ids = self._candidates(query, first_scores)
        seen = {}
        for j in range(self.top_k):
            doc_id = int(ids[j])
            if doc_id not in seen:
                seen[doc_id] = self.table(ids[j:j + 1])[0]
        embs = ops.stack(list(seen.values()))
        return ops.matmul(embs, query)


def make():
    np.random.seed(16)
    q = Tensor(np.random.randn(8).astype(np.float32))
    s = Tensor(np.random.rand(40).astype(np.float32))
    return DedupReranker(), (q, s)
