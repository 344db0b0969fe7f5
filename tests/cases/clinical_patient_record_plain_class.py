# case: model that wraps per-patient outputs in a plain Python record class created from tensors inside construct -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RiskRecord:
    def __init__(self, risk, hazard, alert):
        self.risk = risk
        self.hazard = hazard
        self.alert = alert

    def as_tuple(self):
        return self.risk, self.hazard, self.alert


class SepsisRiskModel(nn.Cell):
    def __init__(self, n_features=10, threshold=0.5):
        super().__init__()
        self.backbone = nn.Dense(n_features, 8)
        self.head = nn.Dense(8, 1)
        self.threshold = threshold

    def build_record(self, logits):
        risk = ops.sigmoid(logits)
        hazard = -ops.log(1.0 - risk + 1e-6)
        return RiskRecord(risk, hazard, risk > self.threshold)

    def construct(self, x):
        logits = self.head(ops.relu(self.backbone(x))).squeeze(-1)
        record = self.build_record(logits)
        return record.as_tuple()


def make():
    np.random.seed(18)
    x = Tensor(np.random.randn(5, 10).astype(np.float32))
    return SepsisRiskModel(), (x,)
