# case: triplet loss with hardest positive/negative mined per anchor by boolean-mask indexing of the distance row -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BatchHardTriplet(nn.Cell):
    def __init__(self, margin=0.3, normalize=True, batch_size=8):
        super().__init__()
        self.margin = margin
        self.normalize = normalize
        self.batch_size = batch_size

    def _pairwise(self, emb):
        if self.normalize:
            emb = emb / ops.norm(emb, dim=1, keepdim=True)
        sq = (emb * emb).sum(axis=1)
        d = sq[:, None] + sq[None, :] - 2.0 * ops.matmul(emb, emb.T)
        return ops.sqrt(ops.clamp(d, min=1e-12))

    def _mine(self, dist_row, same_row, i):
        not_self = ops.arange(self.batch_size) != i
        pos = dist_row[same_row & not_self]
        neg = dist_row[ops.logical_not(same_row)]
        return pos.max(), neg.min()

    def construct(self, emb, labels):
        dist = self._pairwise(emb)
        same = labels[:, None] == labels[None, :]
        total = ops.zeros((), ms.float32)
        for i in range(self.batch_size):
            hp, hn = self._mine(dist[i], same[i], i)
            total = total + ops.relu(hp - hn + self.margin)
        return total / self.batch_size


def make():
    np.random.seed(4)
    emb = Tensor(np.random.randn(8, 16).astype(np.float32))
    labels = Tensor(np.array([0, 0, 1, 1, 2, 2, 3, 3], dtype=np.int32))
    return BatchHardTriplet(), (emb, labels)
