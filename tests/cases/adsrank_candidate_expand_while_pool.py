# case: recall stage keeps appending backup candidate batches to the pool while too few candidates pass the score threshold -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CandidatePoolExpander(nn.Cell):
    def __init__(self, threshold=0.5, max_rounds=3):
        super().__init__()
        self.threshold = threshold
        self.max_rounds = max_rounds

    def _count_valid(self, pool):
        return (pool > self.threshold).astype(ms.int32).sum()

    def construct(self, primary_scores, backup_scores, min_valid):
        pool = primary_scores
        n_valid = self._count_valid(pool)
        step = 0
        while n_valid < min_valid and step < self.max_rounds:
            pool = ops.concat((pool, backup_scores[step]))
            n_valid = self._count_valid(pool)
            step += 1
        ranked, _ = ops.sort(pool, descending=True)
        return ranked


def make():
    np.random.seed(21)
    primary = Tensor(np.array([0.9, 0.2, 0.1, 0.3], np.float32))
    backup = Tensor(np.random.rand(3, 4).astype(np.float32))
    min_valid = Tensor(4, ms.int32)
    return CandidatePoolExpander(), (primary, backup, min_valid)
