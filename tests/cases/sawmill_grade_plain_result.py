# case: board grader wraps its outputs in a plain Python result class created inside construct and returns its fields -> creating a non-jit Python class instance in construct, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GradeResult:
    def __init__(self, grade_idx, confidence):
        self.grade_idx = grade_idx
        self.confidence = confidence


class ImageGrader(nn.Cell):
    def __init__(self, feat=24, n_grades=5):
        super().__init__()
        self.fc = nn.Dense(feat, n_grades)

    def construct(self, board_feats):
        probs = ops.softmax(self.fc(board_feats), axis=-1)
        res = GradeResult(ops.argmax(probs, dim=-1), probs.max(axis=-1))
        return res.grade_idx, res.confidence


def make():
    np.random.seed(3226)
    feats = Tensor(np.random.randn(6, 24).astype(np.float32))
    return ImageGrader(), (feats,)
