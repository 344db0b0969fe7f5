# case: score normaliser keeps growing the candidate pool with a while loop until enough mass is covered, so the pool size depends on scores -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptivePoolNormalizer(nn.Cell):
    """Softmax-normalises scores and keeps the smallest prefix that covers `mass` of probability."""

    def __init__(self, mass=0.8, temperature=1.0):
        super().__init__()
        self.mass = mass
        self.temperature = temperature

    def _probs(self, scores):
        return ops.softmax(scores / self.temperature, axis=-1)

    def construct(self, scores, doc_ids):
        probs = self._probs(scores)
        order = ops.argsort(probs, descending=True)
        sorted_p = ops.gather(probs, order, 0)
        pool = sorted_p[:1]
        covered = sorted_p[0]
        while covered < self.mass:
            nxt = sorted_p[pool.shape[0]:pool.shape[0] + 1]
            pool = ops.concat([pool, nxt])
            covered = covered + nxt.sum()
        kept = ops.gather(doc_ids, order[:pool.shape[0]], 0)
        return kept, pool / pool.sum()


def make():
    np.random.seed(10)
    scores = Tensor(np.random.randn(10).astype(np.float32) * 2)
    ids = Tensor(np.arange(10, dtype=np.int32))
    return AdaptivePoolNormalizer(), (scores, ids)
