# case: log-grading cell returns a dict of logits, grade and confidence built with constant keys in construct -> probably compiles (dict return supported)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LogGradeClassifier(nn.Cell):
    """Classifies saw logs into grades A/B/C/D from CT-derived features."""

    def __init__(self, n_features=6, n_grades=4):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(n_features, 12), nn.Tanh(), nn.Dense(12, n_grades)])
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, features):
        logits = self.body(features)
        probs = self.softmax(logits)
        out = {"logits": logits}
        out["grade"] = probs.argmax(axis=-1)
        out["confidence"] = probs.max(axis=-1)
        return out


def make():
    np.random.seed(9)
    feats = Tensor(np.random.randn(5, 6).astype(np.float32))
    return LogGradeClassifier(), (feats,)
