# case: NDCG@k cell computed with log2 discounts logs the per-query value with an f-string and float() of a tensor -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NDCGAtK(nn.Cell):
    def __init__(self, k=5, verbose=True):
        super().__init__()
        self.k = k
        self.verbose = verbose
        self.discount = Tensor(1.0 / np.log2(np.arange(2, k + 2)), ms.float32)

    def _dcg(self, gains):
        return (gains * self.discount).sum(axis=-1)

    def _gains_at_k(self, scores, relevance):
        _, idx = ops.topk(scores, self.k)
        return ops.gather_elements(relevance, 1, idx)

    def construct(self, scores, relevance):
        gains = ops.pow(2.0, self._gains_at_k(scores, relevance)) - 1.0
        ideal_rel, _ = ops.topk(relevance, self.k)
        ideal = ops.pow(2.0, ideal_rel) - 1.0
        ndcg = self._dcg(gains) / (self._dcg(ideal) + 1e-8)
        mean_ndcg = ndcg.mean()
        if self.verbose:
            print(f"ndcg@{self.k} = {float(mean_ndcg):.4f}")
        return mean_ndcg


def make():
    np.random.seed(12)
    scores = Tensor(np.random.rand(4, 12).astype(np.float32))
    rel = Tensor(np.random.randint(0, 4, size=(4, 12)).astype(np.float32))
    return NDCGAtK(), (scores, rel)
