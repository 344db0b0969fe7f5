# case: CTR model keeps running click/impression counters in a @ms.jit_class stats object held on the cell and updates them inside construct for online calibration -> jit_class attribute mutated with tensors in construct, expect rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ClickStats:
    def __init__(self):
        self.impressions = Tensor(0.0, ms.float32)
        self.clicks = Tensor(0.0, ms.float32)

    def observed_ctr(self):
        return self.clicks / ops.maximum(self.impressions, 1.0)


class StatsConfig:
    def __init__(self, in_dim=12, track_stats=True, prior_weight=0.5):
        self.in_dim = in_dim
        self.track_stats = track_stats
        self.prior_weight = prior_weight


class CalibratedCTR(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.track_stats = config.track_stats
        self.prior_weight = config.prior_weight
        self.stats = ClickStats()
        self.dense = nn.Dense(config.in_dim, 1)

    def _update_stats(self, labels):
        self.stats.impressions = self.stats.impressions + labels.shape[0]
        self.stats.clicks = self.stats.clicks + labels.sum()

    def construct(self, features, labels):
        probs = ops.sigmoid(self.dense(features).squeeze(-1))
        if self.track_stats:
            self._update_stats(labels)
        prior = self.stats.observed_ctr()
        return (1.0 - self.prior_weight) * probs + self.prior_weight * prior


def make():
    np.random.seed(38530)
    cfg = StatsConfig()
    x = Tensor(np.random.randn(8, cfg.in_dim).astype(np.float32))
    y = Tensor((np.random.rand(8) < 0.3).astype(np.float32))
    return CalibratedCTR(cfg), (x, y)
