# case: categorical distribution computes the log-normaliser over legal actions by pulling them out with masked_select -> masked_select yields a data-dependent shape, expect dynamic (or error) in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CategoricalDistribution(nn.Cell):
    def __init__(self, temperature=None, eps=1e-8):
        super().__init__()
        self.temperature = temperature
        self.eps = eps

    def _scaled(self, logits):
        if self.temperature is not None:
            return logits / self.temperature
        return logits

    def log_normalizer(self, logits, legal):
        legal_logits = ops.masked_select(logits, legal)
        return ops.logsumexp(legal_logits, 0)

    def construct(self, logits, legal, action):
        logits = self._scaled(logits)
        log_z = self.log_normalizer(logits, legal)
        chosen = ops.gather_elements(logits, 0, action)
        return chosen - log_z


def make():
    np.random.seed(8)
    logits = Tensor(np.random.randn(9).astype(np.float32))
    legal = Tensor(np.array([1, 1, 0, 1, 0, 1, 1, 0, 1], dtype=bool))
    action = Tensor(np.array([3], np.int32))
    return CategoricalDistribution(temperature=0.7), (logits, legal, action)
