# case: builds a dict from class name to threshold in construct, overrides one entry based on a tensor comparison, and returns a dict of decisions -> Graph mode may fail (dict mutation on tensor condition)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CLASS_NAMES = ("speech", "dog", "alarm", "music")


class NamedTagDecisions(nn.Cell):
    def __init__(self, in_dim=10):
        super().__init__()
        self.fc = nn.Dense(in_dim, len(CLASS_NAMES))

    def construct(self, feats):
        probs = ops.sigmoid(self.fc(feats)).mean(axis=0)
        thresholds = {"speech": 0.5, "dog": 0.4, "alarm": 0.3, "music": 0.5}
        if probs[0] > 0.8:
            thresholds["music"] = 0.7
        decisions = {}
        for i, name in enumerate(CLASS_NAMES):
            decisions[name] = probs[i] > thresholds[name]
        return decisions


def make():
    np.random.seed(20)
    feats = Tensor(np.random.randn(15, 10).astype(np.float32))
    return NamedTagDecisions(), (feats,)
