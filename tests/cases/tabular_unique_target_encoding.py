# case: in-batch target encoding of a categorical column via unique + unsorted_segment_sum with smoothing -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SmoothedTargetEncoder(nn.Cell):
    """Replaces a category id with the smoothed mean target of its category in the batch."""

    def __init__(self, smoothing=2.0, prior=None):
        super().__init__()
        self.smoothing = smoothing
        self.prior = prior

    def _category_stats(self, cats, target):
        uniq, inverse = ops.unique(cats)
        n_cat = uniq.shape[0]
        sums = ops.unsorted_segment_sum(target, inverse, n_cat)
        counts = ops.unsorted_segment_sum(ops.ones_like(target), inverse, n_cat)
        return sums, counts, inverse

    def construct(self, cats, target):
        prior = target.mean() if self.prior is None else self.prior
        sums, counts, inverse = self._category_stats(cats, target)
        enc = (sums + self.smoothing * prior) / (counts + self.smoothing)
        return ops.gather(enc, inverse, 0)


def make():
    np.random.seed(3)
    cats = Tensor(np.random.randint(0, 5, size=(12,)).astype(np.int32))
    target = Tensor(np.random.rand(12).astype(np.float32))
    return SmoothedTargetEncoder(), (cats, target)
