# case: triplet loss keeps only positive (active) triplets via masked_select before averaging; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActiveTripletLoss(nn.Cell):
    def __init__(self, margin=0.2, eps=1e-16):
        super().__init__()
        self.margin = margin
        self.eps = eps

    def construct(self, emb, labels):
        dot = ops.matmul(emb, emb.T)
        sq = dot.diagonal()
        dist = sq.expand_dims(0) - 2.0 * dot + sq.expand_dims(1)
        ap = dist.expand_dims(2)
        an = dist.expand_dims(1)
        tl = ap - an + self.margin
        same = labels.expand_dims(0) == labels.expand_dims(1)
        valid = ops.logical_and(same.expand_dims(2), ops.logical_not(same).expand_dims(1))
        tl = ops.relu(tl * valid.astype(ms.float32))
        active = ops.masked_select(tl, tl > self.eps)
        return active.mean()


def make():
    emb = Tensor(np.random.randn(8, 4).astype(np.float32))
    labels = Tensor(np.array([0, 0, 1, 1, 2, 2, 3, 3], np.int32))
    return ActiveTripletLoss(), (emb, labels)
