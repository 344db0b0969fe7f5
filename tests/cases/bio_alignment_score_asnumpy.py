# case: scores an ungapped alignment with a substitution matrix and converts the score to NumPy inside construct to apply a percentile cutoff -> host round trip with asnumpy, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def blosum_like(n=20, seed=0):
    rng = np.random.RandomState(seed)
    m = rng.randint(-4, 5, size=(n, n))
    return ((m + m.T) // 2).astype(np.float32)


class UngappedAligner(nn.Cell):
    def __init__(self, cutoff_pct=75.0):
        super().__init__()
        self.subst = Tensor(blosum_like())
        self.cutoff_pct = cutoff_pct

    def construct(self, query, target):
        rows = ops.gather(self.subst, query, 0)
        per_pos = ops.gather_elements(rows, 2, target.expand_dims(-1)).squeeze(-1)
        scores = per_pos.sum(axis=-1)
        cutoff = np.percentile(scores.asnumpy(), self.cutoff_pct)
        return scores, scores >= Tensor(cutoff, ms.float32)


def make():
    np.random.seed(12)
    q = Tensor(np.random.randint(0, 20, size=(4, 15)).astype(np.int32))
    t = Tensor(np.random.randint(0, 20, size=(4, 15)).astype(np.int32))
    return UngappedAligner(), (q, t)
