# case: n-best extraction whose k is capped by the number of valid hypotheses counted from the score tensor -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NBestSelector(nn.Cell):
    def __init__(self, nbest=4, score_floor=-1e4, normalize_by_length=True):
        super().__init__()
        self.nbest = nbest
        self.score_floor = score_floor
        self.normalize_by_length = normalize_by_length

    def normalise(self, scores, lengths):
        if self.normalize_by_length:
            return scores / ops.maximum(lengths.astype(ms.float32), 1.0)
        return scores

    def construct(self, scores, lengths):
        scores = self.normalise(scores, lengths)
        num_valid = (scores > self.score_floor).astype(ms.int32).sum()
        k = ops.minimum(num_valid, self.nbest)
        best_scores, best_idx = ops.topk(scores, k)
        return best_scores, best_idx


def make():
    np.random.seed(25)
    scores = np.random.randn(6).astype(np.float32) * 3.0
    scores[4:] = -1e5
    lengths = Tensor(np.array([3, 4, 4, 5, 1, 1], dtype=np.int32))
    return NBestSelector(), (Tensor(scores), lengths)
