# case: per-image mean of per-box losses via unsorted_segment_sum with num_segments taken from image_ids.max() -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerImageBoxLoss(nn.Cell):
    def __init__(self, loss_weight=2.0, eps=1e-6):
        super().__init__()
        self.loss_weight = loss_weight
        self.eps = eps

    def _l1(self, pred, target):
        return ops.abs(pred - target).sum(axis=-1)

    def _segment_mean(self, values, seg_ids, num_segments):
        sums = ops.unsorted_segment_sum(values, seg_ids, num_segments)
        cnts = ops.unsorted_segment_sum(ops.ones_like(values), seg_ids, num_segments)
        return sums / (cnts + self.eps)

    def construct(self, pred_boxes, gt_boxes, image_ids):
        per_box = self._l1(pred_boxes, gt_boxes)
        num_images = image_ids.max() + 1
        per_image = self._segment_mean(per_box, image_ids, num_images)
        return per_image.mean() * self.loss_weight


def make():
    np.random.seed(12)
    pred = Tensor(np.random.rand(10, 4).astype(np.float32))
    gt = Tensor(np.random.rand(10, 4).astype(np.float32))
    ids = Tensor(np.array([0, 0, 0, 1, 1, 2, 2, 2, 2, 3], dtype=np.int32))
    return PerImageBoxLoss(), (pred, gt, ids)
