# case: beam scores length-normalised behind a config flag using ops.pow on a length tensor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamRescorer(nn.Cell):
    def __init__(self, length_penalty=0.7, normalize_length=True, coverage_weight=None):
        super().__init__()
        self.length_penalty = length_penalty
        self.normalize_length = normalize_length
        self.coverage_weight = coverage_weight

    def _gnmt(self, lengths):
        return ops.pow((5.0 + lengths.astype(ms.float32)) / 6.0, self.length_penalty)

    def construct(self, sum_logprobs, lengths, coverage=None):
        scores = sum_logprobs
        if self.normalize_length:
            scores = scores / self._gnmt(lengths)
        if self.coverage_weight is not None and coverage is not None:
            scores = scores + self.coverage_weight * ops.log(ops.clamp(coverage, max=1.0)).sum(axis=-1)
        best, idx = ops.max(scores, axis=-1)
        return best, idx


def make():
    np.random.seed(41)
    lp = Tensor(-np.abs(np.random.randn(2, 4)).astype(np.float32) * 4)
    lens = Tensor(np.array([[3, 5, 6, 4], [7, 2, 5, 5]], dtype=np.int32))
    return BeamRescorer(), (lp, lens)
