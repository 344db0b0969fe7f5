# case: semi-hard triplet mining that balances the loss over the classes present in the batch via ops.unique -> dynamic shape at line 33
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SemiHardTripletLoss(nn.Cell):
    def __init__(self, margin=0.2, big=1e4):
        super().__init__()
        self.margin = margin
        self.big = big

    def _dist(self, e):
        e = e / ops.norm(e, dim=1, keepdim=True).clamp(min=1e-6)
        return 2.0 - 2.0 * ops.matmul(e, e.T)

    def _semi_hard_neg(self, dist, pos_d, neg_mask):
        # negatives farther than the positive but within the margin
        cond = ops.logical_and(neg_mask, dist > pos_d)
        cand = ops.where(cond, dist, ops.full_like(dist, self.big))
        easiest = ops.where(neg_mask, dist, ops.full_like(dist, -self.big)).max(axis=1, keepdims=True)
        semi = cand.min(axis=1, keepdims=True)
        return ops.where(semi < self.big, semi, easiest)

    def construct(self, emb, labels):
        dist = self._dist(emb)
        same = labels.view(-1, 1) == labels.view(1, -1)
        eye = ops.eye(emb.shape[0], emb.shape[0], ms.bool_)
        pos_mask = ops.logical_and(same, ops.logical_not(eye))
        pos_d = ops.where(pos_mask, dist, ops.zeros_like(dist)).max(axis=1, keepdims=True)
        neg_d = self._semi_hard_neg(dist, pos_d, ops.logical_not(same))
        per_anchor = ops.relu(pos_d - neg_d + self.margin).reshape(-1)
        classes, inv = ops.unique(labels)
        per_class = ops.unsorted_segment_sum(per_anchor, inv, classes.shape[0])
        return per_class.mean()


def make():
    np.random.seed(6)
    emb = Tensor(np.random.randn(8, 4).astype(np.float32))
    labels = Tensor(np.array([0, 1, 0, 1, 2, 2, 3, 3], np.int32))
    return SemiHardTripletLoss(), (emb, labels)
