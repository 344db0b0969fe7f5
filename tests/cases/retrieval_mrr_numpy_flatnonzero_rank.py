# case: MRR metric finds the rank of the gold document with np.asarray/np.flatnonzero on the sorted tensor ids -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MeanReciprocalRank(nn.Cell):
    def __init__(self, cutoff=10):
        super().__init__()
        self.cutoff = cutoff

    def _ranking(self, scores):
        order = ops.argsort(scores, axis=-1, descending=True)
        return order[:, :self.cutoff]

    def _reciprocal_rank(self, ranked, gold):
        rr = []
        for i in range(ranked.shape[0]):
            hit = np.flatnonzero(np.asarray(ranked[i]) == int(gold[i]))
            rr.append(1.0 / (hit[0] + 1) if hit.size > 0 else 0.0)
        return Tensor(rr, ms.float32)

    def construct(self, scores, gold):
        ranked = self._ranking(scores)
        return self._reciprocal_rank(ranked, gold).mean()


def make():
    np.random.seed(5)
    scores = Tensor(np.random.rand(4, 30).astype(np.float32))
    gold = Tensor(np.array([3, 7, 11, 29], dtype=np.int32))
    return MeanReciprocalRank(), (scores, gold)
