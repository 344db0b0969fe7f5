# case: batch scorer logs the alert rate with print(f"...") because the config's verbose flag defaults to True -> graph mode rejects or falls back on the f-string of a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class ScorerConfig:
    hidden: int = 16
    alert_level: float = 0.7
    verbose: bool = True


class BatchScorer(nn.Cell):
    def __init__(self, config: ScorerConfig):
        super().__init__()
        self.head = nn.Dense(config.hidden, 1)
        self.alert_level = config.alert_level
        self.verbose = config.verbose

    def _log(self, rate):
        if self.verbose:
            print(f"[fraud] batch alert rate={rate}")

    def construct(self, pooled):
        scores = ops.sigmoid(self.head(pooled)).squeeze(-1)
        rate = (scores > self.alert_level).astype(ms.float32).mean()
        self._log(rate)
        return scores, rate


def make():
    np.random.seed(3766)
    pooled = np.random.randn(10, 16).astype(np.float32)
    return BatchScorer(ScorerConfig()), (Tensor(pooled),)
