# case: thickness grading head, when the mean gauge is above the upholstery limit the last 2 grade logits are suppressed by a constant penalty, else untouched -> tensor if with same-shape branches, expected fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GradeHead(nn.Cell):
    def __init__(self, n_in=16, n_grades=6, upholstery_limit=1.3):
        super().__init__()
        self.fc = nn.Dense(n_in, n_grades)
        self.upholstery_limit = upholstery_limit
        self.penalty = Tensor(np.array([0, 0, 0, 0, -1e4, -1e4], np.float32))

    def construct(self, features, gauge_mm):
        logits = self.fc(features)
        if gauge_mm.mean() > self.upholstery_limit:
            out = logits + self.penalty
        else:
            out = logits
        return ops.softmax(out, axis=-1)


def make():
    np.random.seed(3086)
    feats = Tensor(np.random.rand(8, 16).astype(np.float32))
    gauge = Tensor((1.4 + 0.05 * np.random.randn(8)).astype(np.float32))
    return GradeHead(), (feats, gauge)
