# case: create a plain Python grading-report object inside construct, mutate its fields from slab scores and return it -> Python class instance created/mutated/returned in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlabGradeReport:
    def __init__(self):
        self.grade = None
        self.vein_density = None
        self.flaws = 0


class SlabGrader(nn.Cell):
    def __init__(self, n_feats=10):
        super().__init__()
        self.vein_head = nn.Dense(n_feats, 1)
        self.flaw_head = nn.Dense(n_feats, 1)

    def construct(self, slab_feats):
        report = SlabGradeReport()
        report.vein_density = ops.sigmoid(self.vein_head(slab_feats)).mean()
        report.flaws = (self.flaw_head(slab_feats) > 0).astype(ms.int32).sum()
        report.grade = report.vein_density * 10.0 - report.flaws.astype(ms.float32)
        return report.grade, report.flaws


def make():
    np.random.seed(71)
    feats = Tensor(np.random.randn(16, 10).astype(np.float32))
    return SlabGrader(), (feats,)
