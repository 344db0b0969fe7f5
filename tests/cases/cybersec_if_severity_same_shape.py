# case: if the max anomaly score is high, scale flow features by a boost factor, otherwise apply a decay; both branches keep the same shape -> tensor-condition control flow with equal shapes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TriageRouter(nn.Cell):
    def __init__(self, num_features=6, high_severity=0.8):
        super().__init__()
        self.scorer = nn.Dense(num_features, 1)
        self.high_severity = high_severity
        self.boost = 1.5
        self.decay = 0.5

    def construct(self, flows):
        severity = ops.sigmoid(self.scorer(flows)).max()
        if severity > self.high_severity:
            out = flows * self.boost
        else:
            out = flows * self.decay
        return out, severity


def make():
    np.random.seed(9)
    flows = Tensor(np.random.randn(7, 6).astype(np.float32))
    return TriageRouter(), (flows,)
