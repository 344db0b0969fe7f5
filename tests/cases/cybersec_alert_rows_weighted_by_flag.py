# case: run the second-stage classifier on every window and zero out non-alerted ones by multiplying with the alert flag -> static shapes
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
        probs = self.classifier(window_feats)
        weight = alert_flags.astype(ms.float32).expand_dims(-1)
        masked_probs = probs * weight
        labels = masked_probs.argmax(-1)
        labels = ops.where(alert_flags > 0, labels, ops.full_like(labels, -1))
        return labels, masked_probs


def make():
    np.random.seed(3)
    feats = Tensor(np.random.randn(10, 8).astype(np.float32))
    flags = Tensor((np.random.rand(10) > 0.6).astype(np.int32))
    return AlertTriage(), (feats, flags)
