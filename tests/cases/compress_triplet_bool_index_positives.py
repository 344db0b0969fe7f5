# case: triplet loss with hardest positive/negative picked by boolean-mask indexing per anchor -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def pairwise_sq_dist(emb):
    sq = (emb * emb).sum(axis=1, keepdims=True)
    d = sq - 2.0 * ops.matmul(emb, emb.T) + sq.T
    return ops.relu(d)


class HardTripletLoss(nn.Cell):
    def __init__(self, margin=0.3, normalize=True):
        super().__init__()
        self.margin = margin
        self.normalize = normalize

    def construct(self, emb, labels):
        if self.normalize:
            emb = ops.L2Normalize(axis=1)(emb)
        dist = pairwise_sq_dist(emb)
        same = labels.view(-1, 1) == labels.view(1, -1)
        losses = []
        for i in range(emb.shape[0]):
            row = dist[i]
            hardest_pos = row[same[i]].max()
            hardest_neg = row[ops.logical_not(same[i])].min()
            losses.append(ops.relu(hardest_pos - hardest_neg + self.margin))
        return ops.stack(losses).mean()


def make():
    np.random.seed(5)
    emb = Tensor(np.random.randn(6, 8).astype(np.float32))
    labels = Tensor(np.array([0, 0, 1, 1, 2, 2], np.int32))
    return HardTripletLoss(), (emb, labels)
