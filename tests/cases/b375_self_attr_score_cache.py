# case: calibrated risk head caches the last batch of scores on self (cache_scores defaults to True) from a helper called in construct -> graph mode rejects or ignores the attribute write
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CalibConfig:
    def __init__(self, hidden=16, temperature=1.5, cache_scores=True):
        self.hidden = hidden
        self.temperature = temperature
        self.cache_scores = cache_scores


class CalibratedRiskHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.dense = nn.Dense(config.hidden, 1)
        self.temperature = config.temperature
        self.cache_scores = config.cache_scores
        self.last_scores = None

    def _cache(self, scores):
        if self.cache_scores:
            self.last_scores = scores

    def construct(self, pooled):
        logits = self.dense(pooled) / self.temperature
        scores = ops.sigmoid(logits).squeeze(-1)
        self._cache(scores)
        return scores


def make():
    np.random.seed(3763)
    pooled = np.random.randn(6, 16).astype(np.float32)
    return CalibratedRiskHead(CalibConfig()), (Tensor(pooled),)
