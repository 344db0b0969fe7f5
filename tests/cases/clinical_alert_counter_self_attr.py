# case: bedside alert monitor that stores the last risk and an alert counter on self inside construct -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BedsideMonitor(nn.Cell):
    def __init__(self, n_vitals=5, threshold=0.5, cooldown=3):
        super().__init__()
        self.scorer = nn.Dense(n_vitals, 1)
        self.threshold = threshold
        self.cooldown = cooldown
        self.alerts_raised = 0
        self.last_risk = None

    def construct(self, vitals):
        risk = ops.sigmoid(self.scorer(vitals)).squeeze(-1)
        self.last_risk = risk
        n_high = (risk > self.threshold).astype(ms.int32).sum()
        self.alerts_raised = self.alerts_raised + n_high
        return risk, n_high


def make():
    np.random.seed(22)
    vitals = Tensor(np.random.randn(6, 5).astype(np.float32))
    return BedsideMonitor(), (vitals,)
