# case: threshold calibration picks the alert cutoff as a NumPy percentile of the current scores via .asnumpy() inside a helper -> graph mode rejects asnumpy / NumPy on tensors
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_ALERT_PCT = 95.0


class AlertRateCalibrator(nn.Cell):
    def __init__(self, hidden=12, target_pct=None, hard_labels=True):
        super().__init__()
        self.scorer = nn.Dense(hidden, 1)
        self.target_pct = DEFAULT_ALERT_PCT if target_pct is None else target_pct
        self.hard_labels = hard_labels

    def _cutoff(self, scores):
        values = scores.asnumpy()
        return Tensor(np.percentile(values, self.target_pct), ms.float32)

    def construct(self, pooled):
        scores = ops.sigmoid(self.scorer(pooled)).squeeze(-1)
        cutoff = self._cutoff(scores)
        if self.hard_labels:
            return (scores >= cutoff).astype(ms.float32), cutoff
        return scores - cutoff, cutoff


def make():
    np.random.seed(3764)
    pooled = np.random.randn(40, 12).astype(np.float32)
    return AlertRateCalibrator(), (Tensor(pooled),)
