# case: batch-hard triplet loss mining hardest positive/negative through where-masked max/min over the full distance matrix -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TripletBatchHard(nn.Cell):
    def __init__(self, margin=0.2, soft_margin=False, squared=False):
        super().__init__()
        self.margin = margin
        self.soft_margin = soft_margin
        self.squared = squared

    def _distances(self, emb):
        sq = (emb * emb).sum(axis=1)
        d = sq[:, None] - 2.0 * ops.matmul(emb, emb.T) + sq[None, :]
        d = ops.clamp(d, min=0.0)
        if not self.squared:
            d = ops.sqrt(d + 1e-12)
        return d

    def construct(self, emb, labels):
        n = emb.shape[0]
        dist = self._distances(emb)
        same = labels[:, None] == labels[None, :]
        eye = ops.eye(n, n, ms.bool_)
        pos_mask = ops.logical_and(same, ops.logical_not(eye))
        hardest_pos = ops.where(pos_mask, dist, ops.zeros_like(dist)).max(axis=1)
        big = dist.max() + 1.0
        hardest_neg = ops.where(same, big + ops.zeros_like(dist), dist).min(axis=1)
        gap = hardest_pos - hardest_neg
        if self.soft_margin:
            losses = ops.softplus(gap)
        else:
            losses = ops.relu(gap + self.margin)
        valid = pos_mask.any(axis=1).astype(losses.dtype)
        return (losses * valid).sum() / ops.clamp(valid.sum(), min=1.0)


def make():
    np.random.seed(27)
    emb = Tensor(np.random.randn(8, 16).astype(np.float32))
    labels = Tensor(np.array([0, 1, 0, 2, 1, 2, 3, 3], dtype=np.int32))
    return TripletBatchHard(), (emb, labels)
