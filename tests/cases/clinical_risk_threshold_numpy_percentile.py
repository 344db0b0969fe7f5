# case: alert threshold taken as the 90th percentile of batch risks with np.percentile on the tensor inside construct -> compile error at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PercentileAlert(nn.Cell):
    def __init__(self, n_features=6, q=90.0):
        super().__init__()
        self.model = nn.SequentialCell(nn.Dense(n_features, 8), nn.Tanh(), nn.Dense(8, 1))
        self.q = q

    def batch_threshold(self, risk):
        return np.percentile(risk, self.q)

    def construct(self, x):
        risk = ops.sigmoid(self.model(x)).squeeze(-1)
        thr = self.batch_threshold(risk)
        alerts = (risk >= thr).astype(ms.float32)
        return risk, alerts


def make():
    np.random.seed(24)
    x = Tensor(np.random.randn(10, 6).astype(np.float32))
    return PercentileAlert(), (x,)
