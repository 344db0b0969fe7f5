# case: hard-negative-mining BCE loss for lesion segmentation keeps the top-k background voxel losses with k = neg_ratio * number of positive voxels in the batch -> top-k size from data, expected rejected or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OHEMConfig:
    neg_pos_ratio = 3
    min_neg = 8
    pos_weight = 1.0
    reduction = "mean"


class HardNegativeBCELoss(nn.Cell):
    def __init__(self, config=OHEMConfig(), pos_weight=None):
        super().__init__()
        self.neg_pos_ratio = config.neg_pos_ratio
        self.min_neg = config.min_neg
        self.pos_weight = config.pos_weight if pos_weight is None else pos_weight
        self.bce = nn.BCEWithLogitsLoss(reduction="none")

    def _num_negatives(self, target):
        num_pos = target.sum().astype(ms.int32)
        return max(int(num_pos) * self.neg_pos_ratio, self.min_neg)

    def construct(self, logits, target):
        per_voxel = self.bce(logits, target).reshape(-1)
        flat_t = target.reshape(-1)
        pos_loss = (per_voxel * flat_t).sum() / ops.maximum(flat_t.sum(), Tensor(1.0, ms.float32))
        neg_loss = per_voxel * (1.0 - flat_t)
        k = self._num_negatives(target)
        hard_neg, _ = ops.topk(neg_loss, k)
        return self.pos_weight * pos_loss + hard_neg.mean()


def make():
    np.random.seed(14)
    logits = Tensor(np.random.randn(1, 1, 8, 8, 8).astype(np.float32))
    t = np.zeros((1, 1, 8, 8, 8), np.float32)
    t[0, 0, 2:4, 2:4, 2:5] = 1
    return HardNegativeBCELoss(), (logits, Tensor(t))
