# case: NDCG@k with graded relevance where the log2 discount is built from ops.arange(self.k) and the ideal ranking via sort -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GradedNDCG(nn.Cell):
    def __init__(self, k=6, exponential_gain=True):
        super().__init__()
        self.k = k
        self.exponential_gain = exponential_gain

    def _gain(self, rel):
        if self.exponential_gain:
            return ops.pow(2.0, rel) - 1.0
        return rel

    def _discount(self):
        positions = ops.arange(self.k, dtype=ms.float32)
        return 1.0 / ops.log2(positions + 2.0)

    def construct(self, scores, relevance):
        disc = self._discount()
        _, idx = ops.topk(scores, self.k)
        ranked_rel = ops.gather_elements(relevance, 1, idx)
        ideal_rel, _ = ops.sort(relevance, axis=-1, descending=True)
        dcg = (self._gain(ranked_rel) * disc).sum(-1)
        idcg = (self._gain(ideal_rel[:, :self.k]) * disc).sum(-1)
        ndcg = ops.where(idcg > 0, dcg / ops.maximum(idcg, 1e-8), ops.zeros_like(dcg))
        return ndcg.mean()


def make():
    np.random.seed(27)
    scores = Tensor(np.random.rand(3, 20).astype(np.float32))
    rel = Tensor(np.random.randint(0, 3, size=(3, 20)).astype(np.float32))
    return GradedNDCG(), (scores, rel)
