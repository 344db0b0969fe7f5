# case: precision@k and recall@k for multi-label retrieval with topk k fixed in the config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RetrievalMetrics(nn.Cell):
    def __init__(self, ks=(1, 3, 5)):
        super().__init__()
        self.ks = ks
        self.max_k = max(ks)

    def _hits(self, scores, relevance):
        _, idx = ops.topk(scores, self.max_k)
        return ops.gather_elements(relevance, 1, idx).astype(ms.float32)

    def construct(self, scores, relevance):
        hits = self._hits(scores, relevance)
        num_rel = ops.clamp(relevance.astype(ms.float32).sum(axis=1), min=1.0)
        precisions = []
        recalls = []
        for k in self.ks:
            top_hits = hits[:, :k].sum(axis=1)
            precisions.append((top_hits / k).mean())
            recalls.append((top_hits / num_rel).mean())
        return ops.stack(precisions), ops.stack(recalls)


def make():
    np.random.seed(28)
    scores = Tensor(np.random.rand(5, 12).astype(np.float32))
    relevance = Tensor((np.random.rand(5, 12) > 0.7).astype(np.int32))
    return RetrievalMetrics(), (scores, relevance)
