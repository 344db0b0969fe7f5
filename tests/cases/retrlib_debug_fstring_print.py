# case: training step of a dual encoder logs the mean in-batch positive score with print(f"...") because config.debug is True -> f-string/print of a tensor in construct, expected error or fallback
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrainConfig:
    def __init__(self, temperature=0.05, debug=True, log_prefix="retriever"):
        self.temperature = temperature
        self.debug = debug
        self.log_prefix = log_prefix


class LoggingMixin:
    def _log_scores(self, scores):
        pos = ops.diagonal(scores).mean()
        print(f"[{self.log_prefix}] mean positive score {pos}")


class ContrastiveStep(nn.Cell, LoggingMixin):
    def __init__(self, config, dim=8):
        super().__init__()
        self.q_proj = nn.Dense(dim, dim)
        self.p_proj = nn.Dense(dim, dim)
        self.temperature = config.temperature
        self.debug = config.debug
        self.log_prefix = config.log_prefix

    def construct(self, q, p):
        scores = ops.matmul(self.q_proj(q), self.p_proj(p).T) / self.temperature
        if self.debug:
            self._log_scores(scores)
        labels = ops.arange(scores.shape[0]).astype(ms.int32)
        return ops.cross_entropy(scores, labels)


def make():
    np.random.seed(24)
    q = Tensor(np.random.randn(4, 8).astype(np.float32))
    p = Tensor(np.random.randn(4, 8).astype(np.float32))
    return ContrastiveStep(TrainConfig()), (q, p)
