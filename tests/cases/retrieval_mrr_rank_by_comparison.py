# case: MRR@cutoff computed in-graph by counting candidates scoring above the gold score (gather_elements of gold), no sorting -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MRRMetric(nn.Cell):
    def __init__(self, cutoff=10, ties_pessimistic=False):
        super().__init__()
        self.cutoff = cutoff
        self.ties_pessimistic = ties_pessimistic

    def gold_rank(self, scores, gold):
        gold_score = ops.gather_elements(scores, 1, gold.reshape(-1, 1))
        if self.ties_pessimistic:
            better = scores >= gold_score
            return better.astype(ms.float32).sum(axis=1)
        better = scores > gold_score
        return better.astype(ms.float32).sum(axis=1) + 1.0

    def construct(self, scores, gold):
        rank = self.gold_rank(scores, gold)
        rr = 1.0 / rank
        in_cutoff = rank <= self.cutoff
        rr = ops.where(in_cutoff, rr, ops.zeros_like(rr))
        return rr.mean(), rank


def make():
    np.random.seed(26)
    scores = Tensor(np.random.rand(6, 40).astype(np.float32))
    gold = Tensor(np.random.randint(0, 40, size=(6,)).astype(np.int32))
    return MRRMetric(), (scores, gold)
