# case: Cox partial likelihood that sorts by event time, then keeps only the first n_events rows counted from data -> dynamic shape at line 40
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CoxRiskHead(nn.Cell):
    def __init__(self, in_features=8, hidden=16, dropout=0.0):
        super().__init__()
        self.mlp = nn.SequentialCell(
            nn.Dense(in_features, hidden), nn.ReLU(), nn.Dense(hidden, 1))
        self.use_dropout = dropout > 0

    def construct(self, x):
        return self.mlp(x).squeeze(-1)


class CoxPartialLikelihood(nn.Cell):
    """Negative Cox partial log-likelihood (Breslow, no tie correction)."""

    def __init__(self, in_features=8, eps=1e-7):
        super().__init__()
        self.head = CoxRiskHead(in_features)
        self.eps = eps

    def _sort_by_time(self, times, events, risk):
        # descending time: risk set of i is every row before i (cumulative)
        order = ops.argsort(times, axis=0, descending=True)
        return ops.gather(events, order, 0), ops.gather(risk, order, 0)

    def construct(self, feats, times, events):
        risk = self.head(feats)
        ev_sorted, risk_sorted = self._sort_by_time(times, events, risk)
        log_cum_hazard = ops.log(ops.cumsum(ops.exp(risk_sorted), 0) + self.eps)
        contrib = (risk_sorted - log_cum_hazard) * ev_sorted
        # compact the event rows to the front, then take the observed ones
        ev_order = ops.argsort(ev_sorted, axis=0, descending=True)
        contrib = ops.gather(contrib, ev_order, 0)
        n_events = ops.cast(ev_sorted.sum(), ms.int32)
        observed = contrib[:n_events]
        return -observed.mean()


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(12, 8).astype(np.float32))
    times = Tensor(np.random.rand(12).astype(np.float32) * 100)
    events = Tensor((np.random.rand(12) > 0.4).astype(np.float32))
    return CoxPartialLikelihood(), (feats, times, events)
