# case: recognition metric helper counting distinct predicted characters per line with ops.unique on the argmax ids to penalise repetitive outputs -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiversityConfig:
    def __init__(self, num_classes=37, blank=0, penalty=0.1, enabled=True):
        self.num_classes = num_classes
        self.blank = blank
        self.penalty = penalty
        self.enabled = enabled


class RecScoreWithDiversity(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.blank = config.blank
        self.penalty = config.penalty
        self.enabled = config.enabled

    def _distinct_ratio(self, ids):
        uniq, _ = ops.unique(ids)
        return ops.ones_like(uniq).astype(ms.float32).sum() / ids.shape[0]

    def construct(self, logits):
        probs = ops.softmax(logits, axis=-1)
        ids = ops.argmax(probs, dim=-1)
        conf = probs.max(axis=-1).mean(axis=-1)
        if not self.enabled:
            return conf
        ratios = [self._distinct_ratio(ids[b]) for b in range(ids.shape[0])]
        ratio = ops.stack(ratios)
        return conf - self.penalty * (1.0 - ratio)


def make():
    np.random.seed(29)
    logits = Tensor(np.random.randn(2, 20, 37).astype(np.float32))
    return RecScoreWithDiversity(DiversityConfig()), (logits,)
