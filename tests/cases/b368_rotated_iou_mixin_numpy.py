# case: rotated-IoU anchor matcher whose shared BoxOpsMixin helper computes BEV corner overlap in NumPy via .asnumpy() -> NumPy on tensors inside construct should be refused (or fall back) in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoxOpsMixin:
    """Shared box utilities used by several assigners."""

    def rotated_bev_iou(self, boxes_a, boxes_b):
        a = boxes_a.asnumpy()
        b = boxes_b.asnumpy()
        # enclosing axis-aligned extent of the rotated box
        def extent(bx):
            c, s = np.abs(np.cos(bx[:, 6])), np.abs(np.sin(bx[:, 6]))
            half_w = 0.5 * (bx[:, 3] * c + bx[:, 4] * s)
            half_l = 0.5 * (bx[:, 3] * s + bx[:, 4] * c)
            return bx[:, 0] - half_w, bx[:, 1] - half_l, bx[:, 0] + half_w, bx[:, 1] + half_l
        ax1, ay1, ax2, ay2 = extent(a)
        bx1, by1, bx2, by2 = extent(b)
        iw = np.clip(np.minimum(ax2[:, None], bx2[None]) - np.maximum(ax1[:, None], bx1[None]), 0, None)
        ih = np.clip(np.minimum(ay2[:, None], by2[None]) - np.maximum(ay1[:, None], by1[None]), 0, None)
        inter = iw * ih
        union = ((ax2 - ax1) * (ay2 - ay1))[:, None] + ((bx2 - bx1) * (by2 - by1))[None] - inter
        return Tensor((inter / union).astype(np.float32))


class MaxIoUAssigner(nn.Cell, BoxOpsMixin):
    def __init__(self, pos_iou_thr=0.6, neg_iou_thr=0.45, allow_low_quality=True):
        super().__init__()
        self.pos_iou_thr = pos_iou_thr
        self.neg_iou_thr = neg_iou_thr
        self.allow_low_quality = allow_low_quality

    def construct(self, anchors, gt_boxes):
        iou = self.rotated_bev_iou(anchors, gt_boxes)
        max_iou = iou.max(axis=1)
        argmax = ops.argmax(iou, dim=1)
        labels = ops.where(max_iou >= self.pos_iou_thr, argmax + 1, ops.zeros_like(argmax))
        labels = ops.where(max_iou < self.neg_iou_thr, labels, ops.full_like(labels, -1))
        return labels, max_iou


def make():
    np.random.seed(3686)
    n = 48
    anchors = np.concatenate([np.random.uniform(0, 30, (n, 2)), np.full((n, 1), -1.0),
                              np.tile([[3.9, 1.6, 1.56]], (n, 1)), np.random.choice([0, np.pi / 2], (n, 1))], 1)
    gts = anchors[[3, 17, 40]] + np.random.uniform(-0.2, 0.2, (3, 7))
    return MaxIoUAssigner(), (Tensor(anchors.astype(np.float32)), Tensor(gts.astype(np.float32)))
