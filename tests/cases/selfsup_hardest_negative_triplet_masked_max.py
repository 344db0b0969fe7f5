# case: batch-hard triplet loss for embeddings: hardest positive/negative picked with masked fill and max over fixed-size matrices -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BatchHardTriplet(nn.Cell):
    def __init__(self, margin=0.3, normalize=True, big=1e4):
        super().__init__()
        self.margin = margin
        self.normalize = normalize
        self.big = big
        self.norm = ops.L2Normalize(axis=1)

    def pairwise_dist(self, x):
        sq = (x * x).sum(axis=1, keepdims=True)
        d = sq + sq.T - 2 * ops.matmul(x, x.T)
        return ops.sqrt(ops.clamp(d, min=1e-12))

    def construct(self, emb, labels):
        if self.normalize:
            emb = self.norm(emb)
        dist = self.pairwise_dist(emb)
        same = ops.equal(labels.expand_dims(1), labels.expand_dims(0))
        eye = ops.eye(emb.shape[0], emb.shape[0], ms.bool_)
        pos_mask = ops.logical_and(same, ops.logical_not(eye))
        hardest_pos = ops.masked_fill(dist, ops.logical_not(pos_mask), -self.big).max(axis=1)
        hardest_neg = ops.masked_fill(dist, same, self.big).min(axis=1)
        return ops.relu(hardest_pos - hardest_neg + self.margin).mean()


def make():
    np.random.seed(34)
    emb = Tensor(np.random.randn(8, 16).astype(np.float32))
    labels = Tensor(np.array([0, 0, 1, 1, 2, 2, 3, 3], np.int32))
    return BatchHardTriplet(), (emb, labels)
