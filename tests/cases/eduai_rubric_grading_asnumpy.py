# case: essay rubric grader converts criterion scores to NumPy with asnumpy() and maps them to letter-grade points on the host inside construct -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RubricGrader(nn.Cell):
    def __init__(self, num_features=10, num_criteria=4):
        super().__init__()
        self.criteria_head = nn.Dense(num_features, num_criteria)
        self.cutoffs = np.array([0.9, 0.8, 0.7, 0.6])
        self.points = np.array([4.0, 3.0, 2.0, 1.0, 0.0])

    def construct(self, essay_features):
        crit = ops.sigmoid(self.criteria_head(essay_features))
        overall = crit.mean(axis=1).asnumpy()
        band = np.searchsorted(-self.cutoffs, -overall, side="right")
        grade_points = Tensor(self.points[band].astype(np.float32))
        return crit, grade_points


def make():
    np.random.seed(14)
    feats = Tensor(np.random.randn(6, 10).astype(np.float32))
    return RubricGrader(), (feats,)
