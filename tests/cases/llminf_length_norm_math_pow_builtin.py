# case: beam-score length normalisation using math.pow and float() on the hypothesis length tensor -> compile error at line 9
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def gnmt_length_penalty(length, alpha):
    return math.pow((5.0 + float(length)) / 6.0, alpha)


class LengthNormalizedScorer(nn.Cell):
    def __init__(self, alpha=0.6, num_beams=3):
        super().__init__()
        self.alpha = alpha
        self.num_beams = num_beams

    def construct(self, sum_logprobs, hyp_length):
        lp = gnmt_length_penalty(hyp_length, self.alpha)
        normed = sum_logprobs / lp
        best_score, best_beam = ops.max(normed, axis=-1)
        return best_score, best_beam


def make():
    np.random.seed(21)
    lp = Tensor(-np.abs(np.random.randn(2, 3)).astype(np.float32) * 5)
    return LengthNormalizedScorer(), (lp, Tensor(7, ms.int32))
