# case: collect per-enclosure alert info into a plain Python record object created inside construct and return its fields -> plain Python class instantiated in construct, Graph mode likely error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EnclosureAlert:
    def __init__(self, level, score):
        self.level = level
        self.score = score

    def escalate(self):
        self.level = self.level + 1


class AlertBuilder(nn.Cell):
    def __init__(self, n_features=8):
        super().__init__()
        self.scorer = nn.Dense(n_features, 1)

    def construct(self, sensor):
        score = ops.sigmoid(self.scorer(sensor)).mean()
        alert = EnclosureAlert(0, score)
        if score > 0.5:
            alert.escalate()
        return alert.score, alert.level


def make():
    np.random.seed(91)
    return AlertBuilder(), (Tensor(np.random.randn(6, 8).astype(np.float32)),)
