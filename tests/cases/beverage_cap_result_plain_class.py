# case: wrap each capping-station verdict in a small Python result object built inside construct -> plain Python class instantiated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CapVerdict:
    def __init__(self, score, rejected):
        self.score = score
        self.rejected = rejected


class CapTorqueClassifier(nn.Cell):
    def __init__(self, n_features=6, threshold=0.5):
        super().__init__()
        self.fc1 = nn.Dense(n_features, 16)
        self.fc2 = nn.Dense(16, 1)
        self.act = nn.Tanh()
        self.threshold = threshold

    def construct(self, torque_curve_features):
        score = ops.sigmoid(self.fc2(self.act(self.fc1(torque_curve_features))))
        verdict = CapVerdict(score, score > self.threshold)
        return verdict.score, verdict.rejected


def make():
    np.random.seed(111)
    feats = np.random.randn(16, 6).astype(np.float32)
    return CapTorqueClassifier(), (Tensor(feats),)
