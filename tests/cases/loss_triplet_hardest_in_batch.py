# case: batch-hard triplet loss using masked max/min over the distance matrix; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def pairwise_dist(x):
    sq = (x * x).sum(1, keepdims=True)
    d = sq + sq.T - 2.0 * ops.matmul(x, x.T)
    return ops.sqrt(ops.clamp(d, min=1e-12))


class BatchHardTriplet(nn.Cell):
    def __init__(self, margin=0.3):
        super().__init__()
        self.margin = margin
        self.relu = nn.ReLU()

    def construct(self, emb, labels):
        dist = pairwise_dist(emb)
        same = (labels.expand_dims(1) == labels.expand_dims(0)).astype(ms.float32)
        hardest_pos = (dist * same).max(axis=1)
        hardest_neg = (dist + same * 1e6).min(axis=1)
        return self.relu(hardest_pos - hardest_neg + self.margin).mean()


def make():
    emb = Tensor(np.random.randn(16, 8).astype(np.float32))
    labels = Tensor(np.repeat(np.arange(4), 4).astype(np.int32))
    return BatchHardTriplet(), (emb, labels)
