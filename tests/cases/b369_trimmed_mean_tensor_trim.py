# case: Byzantine-robust trimmed-mean aggregator sorts client updates per coordinate and drops int(num_byzantine) from each end, the count arriving as a tensor -> slice bounds from tensor values, Graph mode rejects or goes dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RobustConfig:
    def __init__(self, aggregator="trimmed_mean", clip_norm=None):
        self.aggregator = aggregator
        self.clip_norm = clip_norm


class RobustAggregator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.clip_norm = config.clip_norm

    def _maybe_clip(self, updates):
        if self.clip_norm is None:
            return updates
        norms = ops.sqrt((updates * updates).sum(-1, keepdims=True))
        return updates * ops.minimum(1.0, self.clip_norm / (norms + 1e-6))

    def _sorted(self, updates):
        values, _ = ops.sort(self._maybe_clip(updates), axis=0)
        return values


class TrimmedMean(RobustAggregator):
    def construct(self, updates, num_byzantine):
        ordered = self._sorted(updates)
        n = updates.shape[0]
        b = int(num_byzantine)
        kept = ordered[b:n - b]
        return kept.mean(axis=0)


def make():
    np.random.seed(19)
    agg = TrimmedMean(RobustConfig())
    updates = Tensor(np.random.randn(10, 24).astype(np.float32))
    return agg, (updates, Tensor(2, ms.int32))
