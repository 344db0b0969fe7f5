# case: decision layer compares calibrated scores with per-segment threshold Parameters and turns them into alerts with three-argument ops.select -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

SEGMENTS = ("retail", "travel", "gaming", "crypto")


class DecisionConfig:
    def __init__(self, hidden=12, init_threshold=0.5, segments=SEGMENTS, soft_alerts=False):
        self.hidden = hidden
        self.init_threshold = init_threshold
        self.segments = segments
        self.soft_alerts = soft_alerts


class ThresholdDecision(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.scorer = nn.Dense(config.hidden, 1)
        self.soft_alerts = config.soft_alerts
        self._init_thresholds(len(config.segments), config.init_threshold)

    def _init_thresholds(self, n, value):
        init = np.full((n,), value, np.float32)
        self.thresholds = Parameter(Tensor(init), name="segment_thresholds", requires_grad=False)

    def construct(self, pooled, segment_ids):
        scores = ops.sigmoid(self.scorer(pooled)).squeeze(-1)
        thr = ops.gather(self.thresholds, segment_ids, 0)
        if self.soft_alerts:
            return ops.sigmoid((scores - thr) * 10.0), scores
        alerts = ops.select(scores > thr, ops.ones_like(scores), ops.zeros_like(scores))
        return alerts, scores


def make():
    np.random.seed(3777)
    pooled = np.random.randn(8, 12).astype(np.float32)
    seg = np.random.randint(0, len(SEGMENTS), size=(8,)).astype(np.int32)
    return ThresholdDecision(DecisionConfig()), (Tensor(pooled), Tensor(seg))
