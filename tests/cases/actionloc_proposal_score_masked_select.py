# case: filter temporal proposals by confidence with ops.masked_select before averaging -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProposalFilter(nn.Cell):
    def __init__(self, score_thresh=0.3):
        super().__init__()
        self.score_thresh = score_thresh
        self.sigmoid = nn.Sigmoid()

    def construct(self, logits, starts, ends):
        scores = self.sigmoid(logits)
        keep = scores > self.score_thresh
        kept_starts = ops.masked_select(starts, keep)
        kept_ends = ops.masked_select(ends, keep)
        durations = kept_ends - kept_starts
        return durations.mean(), kept_starts


def make():
    np.random.seed(0)
    logits = Tensor(np.random.randn(32).astype(np.float32))
    starts = Tensor(np.sort(np.random.rand(32)).astype(np.float32) * 10)
    ends = starts + Tensor(np.random.rand(32).astype(np.float32) * 3)
    return ProposalFilter(), (logits, starts, ends)
