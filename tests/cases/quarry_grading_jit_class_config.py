# case: read slab grading thresholds from a @ms.jit_class config built in __init__ (read only in construct) -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class GradeThresholds:
    def __init__(self, premium=0.7, standard=0.4):
        self.premium = premium
        self.standard = standard


class SlabGrader(nn.Cell):
    def __init__(self, n_feats=10):
        super().__init__()
        self.cfg = GradeThresholds()
        self.vein_head = nn.Dense(n_feats, 1)

    def construct(self, slab_feats):
        score = ops.sigmoid(self.vein_head(slab_feats)).squeeze(-1)
        premium = (score >= self.cfg.premium).astype(ms.int32)
        standard = (score >= self.cfg.standard).astype(ms.int32)
        grade = premium + standard
        return grade, score


def make():
    np.random.seed(72)
    feats = Tensor(np.random.randn(16, 10).astype(np.float32))
    return SlabGrader(), (feats,)
