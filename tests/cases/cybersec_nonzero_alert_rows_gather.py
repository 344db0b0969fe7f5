# case: find indices of log windows that fired an alert with ops.nonzero and gather their feature rows for a second-stage classifier -> nonzero gives data-dependent shape, dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SecondStageClassifier(nn.Cell):
    def __init__(self, dim=8, num_classes=3):
        super().__init__()
        self.fc = nn.Dense(dim, num_classes)

    def construct(self, x):
        return ops.softmax(self.fc(x), -1)


class AlertTriage(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.classifier = SecondStageClassifier(dim)

    def construct(self, window_feats, alert_flags):
        idx = ops.nonzero(alert_flags).squeeze(-1)
        alerted = ops.gather(window_feats, idx, 0)
        probs = self.classifier(alerted)
        return probs.argmax(-1), idx


def make():
    np.random.seed(3)
    feats = Tensor(np.random.randn(10, 8).astype(np.float32))
    flags = Tensor((np.random.rand(10) > 0.6).astype(np.int32))
    return AlertTriage(), (feats, flags)
