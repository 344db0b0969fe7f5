# case: normalise region scores by the page maximum converted to a Python float with float() and a Python comparison -> error or host fallback
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegionScoreNormalizer(nn.Cell):
    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def construct(self, region_logits):
        scores = ops.sigmoid(region_logits)
        top = float(scores.max())
        if top <= self.eps:
            return scores
        return scores / top


def make():
    np.random.seed(11)
    logits = Tensor(np.random.randn(3, 10).astype(np.float32))
    return RegionScoreNormalizer(), (logits,)
