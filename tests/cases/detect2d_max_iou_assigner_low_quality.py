# case: Faster R-CNN MaxIoU assigner with pos/neg thresholds and low-quality matches, all through where/select -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaxIoUAssigner(nn.Cell):
    def __init__(self, pos_iou_thr=0.5, neg_iou_thr=0.4, min_pos_iou=0.0, allow_low_quality=True):
        super().__init__()
        self.pos_iou_thr = pos_iou_thr
        self.neg_iou_thr = neg_iou_thr
        self.min_pos_iou = min_pos_iou
        self.allow_low_quality = allow_low_quality

    def construct(self, overlaps):
        # overlaps: (G, A); returns assigned gt index per anchor (-1 ignore, 0 bg, i+1 fg)
        num_gts, num_anchors = overlaps.shape
        max_ov, argmax_ov = ops.max(overlaps, axis=0)
        gt_max_ov, gt_argmax = ops.max(overlaps, axis=1)
        assigned = ops.full((num_anchors,), -1, dtype=ms.int32)
        assigned = ops.where(max_ov < self.neg_iou_thr, ops.zeros_like(assigned), assigned)
        assigned = ops.where(max_ov >= self.pos_iou_thr, argmax_ov.astype(ms.int32) + 1, assigned)
        if self.allow_low_quality:
            for i in range(num_gts):
                is_best = ops.logical_and(overlaps[i] == gt_max_ov[i], gt_max_ov[i] >= self.min_pos_iou)
                assigned = ops.where(is_best, ops.full_like(assigned, i + 1), assigned)
        return assigned, max_ov


def make():
    np.random.seed(26)
    overlaps = Tensor(np.random.rand(3, 25).astype(np.float32) * 0.8)
    return MaxIoUAssigner(), (overlaps,)
