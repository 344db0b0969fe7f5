# case: Cox partial likelihood with risk sets by descending-time cumsum, averaged over events with a mask weight -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SurvivalEncoder(nn.Cell):
    def __init__(self, in_features=10, hidden=24, use_batchnorm=False):
        super().__init__()
        self.fc1 = nn.Dense(in_features, hidden)
        self.act = nn.GELU()
        self.fc2 = nn.Dense(hidden, 1)
        self.use_batchnorm = use_batchnorm
        self.bn = nn.BatchNorm1d(hidden) if use_batchnorm else None

    def construct(self, x):
        h = self.act(self.fc1(x))
        if self.use_batchnorm:
            h = self.bn(h)
        return self.fc2(h).squeeze(-1)


class CoxLoss(nn.Cell):
    def __init__(self, in_features=10, eps=1e-7):
        super().__init__()
        self.encoder = SurvivalEncoder(in_features)
        self.eps = eps

    def construct(self, feats, times, events):
        risk = self.encoder(feats)
        _, order = ops.sort(times, axis=0, descending=True)
        risk = risk[order]
        events = events[order]
        log_risk_set = ops.log(ops.cumsum(ops.exp(risk), 0) + self.eps)
        partial = (risk - log_risk_set) * events
        n_events = ops.maximum(events.sum(), ops.ones((), ms.float32))
        return -partial.sum() / n_events


def make():
    np.random.seed(1)
    feats = Tensor(np.random.randn(16, 10).astype(np.float32))
    times = Tensor(np.random.exponential(30.0, size=16).astype(np.float32))
    events = Tensor(np.random.binomial(1, 0.6, size=16).astype(np.float32))
    return CoxLoss(), (feats, times, events)
