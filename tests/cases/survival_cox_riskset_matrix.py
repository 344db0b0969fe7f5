# case: Cox loss with a dense risk-set matrix from broadcast time comparisons and event weights multiplied in -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CoxRiskSetLoss(nn.Cell):
    def __init__(self, in_dim=6, eps=1e-7):
        super().__init__()
        self.head = nn.Dense(in_dim, 1)
        self.eps = eps

    def risk_set(self, times):
        # R[i, j] = 1 if subject j is still at risk at time of subject i
        return (times.expand_dims(0) >= times.expand_dims(1)).astype(ms.float32)

    def construct(self, x, times, events):
        risk = self.head(x).squeeze(-1)
        rs = self.risk_set(times)
        exp_r = ops.exp(risk - risk.max())
        denom = ops.matmul(rs, exp_r) + self.eps
        log_denom = ops.log(denom) + risk.max()
        lik = (risk - log_denom) * events
        n_events = events.sum() + self.eps
        return -lik.sum() / n_events


def make():
    np.random.seed(1)
    x = Tensor(np.random.randn(10, 6).astype(np.float32))
    times = Tensor(np.random.exponential(20.0, 10).astype(np.float32))
    events = Tensor((np.random.rand(10) > 0.3).astype(np.float32))
    return CoxRiskSetLoss(), (x, times, events)
