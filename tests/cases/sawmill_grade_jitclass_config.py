# case: board grader reads grading thresholds from a jit_class config object without modifying it -> read-only jit_class attributes, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class GradeRules:
    def __init__(self):
        self.reject_limit = 0.35
        self.premium_limit = 0.8

    def band(self, quality):
        premium = ops.cast(quality > self.premium_limit, ms.float32)
        reject = ops.cast(quality < self.reject_limit, ms.float32)
        return premium, reject


class RuledGrader(nn.Cell):
    def __init__(self, feat=16):
        super().__init__()
        self.score = nn.Dense(feat, 1)
        self.rules = GradeRules()

    def construct(self, board_feats):
        quality = ops.sigmoid(self.score(board_feats)).squeeze(-1)
        premium, reject = self.rules.band(quality)
        return quality, premium.sum(), reject.sum()


def make():
    np.random.seed(3225)
    feats = Tensor(np.random.randn(8, 16).astype(np.float32))
    return RuledGrader(), (feats,)
