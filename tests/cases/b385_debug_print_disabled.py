# case: the same ranking model carries an f-string debug print of tensor values behind a verbose flag, but the config default (never overridden) keeps it off -> logging branch is dead at compile time, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LogConfig:
    def __init__(self, in_dim=10, hidden=16, verbose=False, log_prefix="[rank]"):
        self.in_dim = in_dim
        self.hidden = hidden
        self.verbose = verbose
        self.log_prefix = log_prefix


class LoggingMixin:
    def _log_batch(self, probs, labels):
        if getattr(self, "verbose", False):
            print(f"{self.log_prefix} mean_ctr={probs.mean()} clicks={int(labels.sum())}")


class QuietRanker(nn.Cell, LoggingMixin):
    def __init__(self, config):
        super().__init__()
        self.verbose = config.verbose
        self.log_prefix = config.log_prefix
        self.mlp = nn.SequentialCell([nn.Dense(config.in_dim, config.hidden), nn.ReLU(),
                                      nn.Dense(config.hidden, 1)])

    def construct(self, features, labels):
        probs = ops.sigmoid(self.mlp(features).squeeze(-1))
        self._log_batch(probs, labels)
        return ops.binary_cross_entropy(probs, labels)


def make():
    np.random.seed(38535)
    cfg = LogConfig()
    x = Tensor(np.random.randn(12, cfg.in_dim).astype(np.float32))
    y = Tensor((np.random.rand(12) < 0.3).astype(np.float32))
    return QuietRanker(cfg), (x, y)
