# case: essay rubric grader maps overall criterion score to letter-grade points with tensor comparisons summed against constant cutoffs -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RubricGraderTensor(nn.Cell):
    def __init__(self, num_features=10, num_criteria=4, weights=(0.4, 0.3, 0.2, 0.1)):
        super().__init__()
        self.criteria_head = nn.Dense(num_features, num_criteria)
        self.weights = Tensor(np.array(weights, dtype=np.float32))
        self.cutoffs = Tensor(np.array([0.6, 0.7, 0.8, 0.9], dtype=np.float32))

    def overall_score(self, crit):
        return (crit * self.weights).sum(axis=1)

    def construct(self, essay_features):
        crit = ops.sigmoid(self.criteria_head(essay_features))
        overall = self.overall_score(crit)
        passed = (overall.expand_dims(1) >= self.cutoffs).astype(ms.float32)
        grade_points = passed.sum(axis=1)
        return crit, grade_points


def make():
    np.random.seed(14)
    feats = Tensor(np.random.randn(6, 10).astype(np.float32))
    return RubricGraderTensor(), (feats,)
