# case: log-grading cell records the last computed grade by assigning a tensor to self.last_grade inside construct -> error in Graph mode (attribute write on self)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LogGradeClassifier(nn.Cell):
    """Classifies saw logs into grades A/B/C/D from CT-derived features."""

    def __init__(self, n_features=6, n_grades=4):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(n_features, 12), nn.Tanh(), nn.Dense(12, n_grades)])
        self.last_grade = None

    def construct(self, features):
        logits = self.body(features)
        grade = logits.argmax(axis=-1)
        self.last_grade = grade
        return logits


def make():
    np.random.seed(9)
    feats = Tensor(np.random.randn(5, 6).astype(np.float32))
    return LogGradeClassifier(), (feats,)
