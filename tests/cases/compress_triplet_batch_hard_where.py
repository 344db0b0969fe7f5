# case: batch-hard triplet loss with hardest positive/negative chosen by fixed-size masks and ops.where instead of indexing -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BatchHardTriplet(nn.Cell):
    def __init__(self, margin=0.3, squared=False, soft_margin=False):
        super().__init__()
        self.margin = margin
        self.squared = squared
        self.soft_margin = soft_margin

    def _distances(self, emb):
        d = ops.cdist(emb, emb, p=2.0)
        return d * d if self.squared else d

    def construct(self, emb, labels):
        dist = self._distances(emb)
        same = labels.expand_dims(1) == labels.expand_dims(0)
        big = dist.max() + 1.0
        hardest_pos = ops.where(same, dist, ops.zeros_like(dist)).max(axis=1)
        hardest_neg = ops.where(same, dist + big, dist).min(axis=1)
        gap = hardest_pos - hardest_neg
        if self.soft_margin:
            return ops.log1p(ops.exp(gap)).mean()
        return ops.relu(gap + self.margin).mean()


def make():
    np.random.seed(28)
    emb = Tensor(np.random.randn(6, 5).astype(np.float32))
    y = Tensor(np.array([1, 1, 2, 2, 3, 3], np.int32))
    return BatchHardTriplet(), (emb, y)
