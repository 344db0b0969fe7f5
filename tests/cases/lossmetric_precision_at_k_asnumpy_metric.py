# case: retrieval precision@k computed by pulling scores to NumPy with asnumpy inside construct -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PrecisionAtK(nn.Cell):
    def __init__(self, k=3, average=True):
        super().__init__()
        self.k = k
        self.average = average

    def _hits(self, scores, relevance):
        _, idx = ops.topk(scores, self.k)
        hits = ops.gather_elements(relevance, 1, idx)
        return hits.astype(ms.float32)

    def construct(self, scores, relevance):
        hits = self._hits(scores, relevance)
        per_query = hits.asnumpy().sum(axis=1) / self.k
        if self.average:
            return Tensor(np.mean(per_query), ms.float32)
        return Tensor(per_query, ms.float32)


def make():
    np.random.seed(5)
    scores = Tensor(np.random.rand(4, 10).astype(np.float32))
    relevance = Tensor((np.random.rand(4, 10) > 0.6).astype(np.int32))
    return PrecisionAtK(), (scores, relevance)
