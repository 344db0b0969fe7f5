# case: trimmed-mean aggregator computes the trim count as int(trim_ratio * updates.shape[0]) and slices the sorted updates with it; optional norm clipping left at None -> shape-only slice bounds, static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RobustConfig:
    def __init__(self, trim_ratio=0.2, clip_norm=None):
        self.trim_ratio = trim_ratio
        self.clip_norm = clip_norm


def _clip_rows(updates, max_norm):
    norms = ops.sqrt((updates * updates).sum(-1, keepdims=True))
    return updates * ops.minimum(1.0, max_norm / (norms + 1e-6))


class TrimmedMean(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.trim_ratio = config.trim_ratio
        self.clip_norm = config.clip_norm

    def construct(self, updates):
        if self.clip_norm is not None:
            updates = _clip_rows(updates, self.clip_norm)
        ordered, _ = ops.sort(updates, axis=0)
        n = updates.shape[0]
        b = int(self.trim_ratio * n)
        kept = ordered[b:n - b]
        return kept.mean(axis=0)


def make():
    np.random.seed(20)
    agg = TrimmedMean(RobustConfig())
    updates = Tensor(np.random.randn(10, 24).astype(np.float32))
    return agg, (updates,)
