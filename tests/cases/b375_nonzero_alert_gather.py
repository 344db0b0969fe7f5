# case: alert triage sums the embeddings of accounts whose score exceeds a threshold Parameter, picking them with ops.nonzero + gather_nd -> dynamic shape in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlertConfig:
    def __init__(self, hidden=16, alert_threshold=0.5, return_indices=False):
        self.hidden = hidden
        self.alert_threshold = alert_threshold
        self.return_indices = return_indices


class AlertTriage(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.scorer = nn.Dense(config.hidden, 1)
        self.return_indices = config.return_indices
        self._init_threshold(config.alert_threshold)

    def _init_threshold(self, value):
        self.threshold = ms.Parameter(Tensor(value, ms.float32), name="alert_threshold", requires_grad=False)

    def _select_alerts(self, emb, scores):
        idx = ops.nonzero(scores > self.threshold)
        return ops.gather_nd(emb, idx), idx

    def construct(self, account_emb):
        scores = ops.sigmoid(self.scorer(account_emb)).squeeze(-1)
        alerted, idx = self._select_alerts(account_emb, scores)
        summary = alerted.sum(axis=0)
        outputs = (summary, idx) if self.return_indices else (summary,)
        return outputs


def make():
    np.random.seed(3754)
    emb = np.random.randn(20, 16).astype(np.float32)
    return AlertTriage(AlertConfig()), (Tensor(emb),)
