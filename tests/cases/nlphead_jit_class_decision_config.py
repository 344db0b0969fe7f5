# case: intent head reads thresholds and temperature from a @ms.jit_class config object (read-only) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class DecisionConfig:
    def __init__(self, temperature=1.5, accept_threshold=0.6, fallback_label=0):
        self.temperature = temperature
        self.accept_threshold = accept_threshold
        self.fallback_label = fallback_label

    def calibrate(self, logits):
        return logits / self.temperature


class CalibratedIntentHead(nn.Cell):
    def __init__(self, hidden=8, num_intents=5, config=None):
        super().__init__()
        self.config = config if config is not None else DecisionConfig()
        self.fc = nn.Dense(hidden, num_intents)

    def construct(self, pooled):
        logits = self.config.calibrate(self.fc(pooled))
        probs = ops.softmax(logits, axis=-1)
        conf, pred = probs.max(axis=-1, return_indices=True)
        pred = pred.astype(ms.int32)
        accepted = conf >= self.config.accept_threshold
        final = ops.where(accepted, pred, ops.full_like(pred, self.config.fallback_label))
        return final, conf


def make():
    np.random.seed(20)
    pooled = Tensor(np.random.randn(4, 8).astype(np.float32) * 3)
    return CalibratedIntentHead(), (pooled,)
