# case: ATSS threshold statistics computed from candidate IoUs selected by a boolean mask -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ATSSThreshold(nn.Cell):
    def __init__(self, topk=6, min_iou=0.05):
        super().__init__()
        self.topk = topk
        self.min_iou = min_iou

    def gt_threshold(self, cand_ious):
        thresholds = []
        for g in range(cand_ious.shape[0]):
            row = cand_ious[g]
            # ignore near-zero candidates when estimating the statistics
            valid = row[row > self.min_iou]
            thresholds.append(valid.mean() + valid.std())
        return ops.stack(thresholds)

    def construct(self, ious):
        cand_ious, _ = ops.topk(ious, self.topk)
        thr = self.gt_threshold(cand_ious)
        pos = ious >= thr.view(-1, 1)
        return pos.astype(ms.int32).sum(axis=0)


def make():
    np.random.seed(12)
    ious = np.random.rand(4, 40).astype(np.float32)
    ious[ious < 0.3] = 0.0
    return ATSSThreshold(), (Tensor(ious),)
