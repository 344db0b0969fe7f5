# case: jit_class Filter method keeps only entries above a threshold with ops.masked_select; the class is fine but the output length is data-dependent -> dynamic at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ScoreFilter:
    def __init__(self, thresh):
        self.thresh = thresh

    def keep(self, scores):
        mask = scores > self.thresh
        return ops.masked_select(scores, mask)


class Postprocess(nn.Cell):
    def __init__(self, thresh=0.5):
        super().__init__()
        self.filter = ScoreFilter(thresh)

    def construct(self, logits):
        scores = ops.sigmoid(logits)
        kept = self.filter.keep(scores)
        return kept.sum(), kept


def make():
    return Postprocess(), (Tensor(np.random.randn(6).astype(np.float32)),)
