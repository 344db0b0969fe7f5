# case: board grader keeps a jit_class tally object and increments its reject count inside construct for boards below grade -> mutating a jit_class instance in construct, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class GradeTally:
    def __init__(self):
        self.rejects = 0.0
        self.reject_limit = 0.35


class TalliedGrader(nn.Cell):
    def __init__(self, feat=16):
        super().__init__()
        self.score = nn.Dense(feat, 1)
        self.tally = GradeTally()

    def construct(self, board_feats):
        quality = ops.sigmoid(self.score(board_feats)).squeeze(-1)
        below = ops.cast(quality < self.tally.reject_limit, ms.float32).sum()
        self.tally.rejects = self.tally.rejects + below
        return quality, self.tally.rejects


def make():
    np.random.seed(3224)
    feats = Tensor(np.random.randn(8, 16).astype(np.float32))
    return TalliedGrader(), (feats,)
