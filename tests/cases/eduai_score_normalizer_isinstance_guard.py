# case: score normalizer accepts either a Python number or a tensor max score and uses isinstance to decide how to divide -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScoreNormalizer(nn.Cell):
    def __init__(self, curve=0.05):
        super().__init__()
        self.curve = curve

    def to_percent(self, raw, max_score):
        if isinstance(max_score, (int, float)):
            return raw / float(max_score) * 100.0
        return raw / max_score.astype(raw.dtype) * 100.0

    def construct(self, raw_scores, max_score):
        pct = self.to_percent(raw_scores, max_score)
        curved = pct + self.curve * (100.0 - pct)
        return ops.clamp(curved, 0.0, 100.0)


def make():
    np.random.seed(29)
    raw = Tensor(np.random.randint(0, 40, (12,)).astype(np.float32))
    return ScoreNormalizer(), (raw, 40)
