# case: max-IoU anchor assigner computes the anchor-to-GT BEV IoU matrix, takes argmax and builds pos/neg/ignore labels with nested 3-arg ops.where -> fixed-shape assignment should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def bev_iou_matrix(anchors, gts):
    a, g = anchors[:, None, :], gts[None, :, :]
    iw = ops.relu(ops.minimum(a[..., 0] + a[..., 3] / 2, g[..., 0] + g[..., 3] / 2)
                  - ops.maximum(a[..., 0] - a[..., 3] / 2, g[..., 0] - g[..., 3] / 2))
    ih = ops.relu(ops.minimum(a[..., 1] + a[..., 4] / 2, g[..., 1] + g[..., 4] / 2)
                  - ops.maximum(a[..., 1] - a[..., 4] / 2, g[..., 1] - g[..., 4] / 2))
    inter = iw * ih
    return inter / (a[..., 3] * a[..., 4] + g[..., 3] * g[..., 4] - inter)


class AssignerConfig:
    pos_iou_thr = 0.6
    neg_iou_thr = 0.45
    match_low_quality = False


class MaxIoUAnchorAssigner(nn.Cell):
    def __init__(self, config=AssignerConfig, ignore_index=-1):
        super().__init__()
        self.pos_iou_thr = config.pos_iou_thr
        self.neg_iou_thr = config.neg_iou_thr
        self.match_low_quality = getattr(config, "match_low_quality", False)
        self.ignore_index = ignore_index

    def construct(self, anchors, gt_boxes, gt_labels):
        iou = bev_iou_matrix(anchors, gt_boxes)
        max_iou = iou.max(axis=1)
        argmax = ops.argmax(iou, dim=1)
        if self.match_low_quality:
            best_anchor = ops.argmax(iou, dim=0)
            max_iou = max_iou.index_fill(0, best_anchor, Tensor(1.0, ms.float32))
        matched_labels = ops.gather(gt_labels, argmax, 0)
        labels = ops.where(max_iou >= self.pos_iou_thr, matched_labels,
                           ops.where(max_iou < self.neg_iou_thr, ops.zeros_like(matched_labels),
                                     ops.full_like(matched_labels, self.ignore_index)))
        matched_boxes = ops.gather(gt_boxes, argmax, 0)
        return labels, matched_boxes


def make():
    np.random.seed(3706)
    xs, ys = np.meshgrid(np.arange(0, 16, 2.0), np.arange(0, 16, 2.0))
    n = xs.size
    anchors = np.stack([xs.ravel(), ys.ravel(), np.full(n, -1.0), np.full(n, 3.9), np.full(n, 1.6), np.full(n, 1.56), np.zeros(n)], 1)
    gts = anchors[[4, 20, 50]] + np.random.uniform(-0.3, 0.3, (3, 7)) * np.array([1, 1, 0, 0.1, 0.1, 0.1, 0])
    labels = np.array([1, 2, 3], np.int32)
    return MaxIoUAnchorAssigner(), (Tensor(anchors.astype(np.float32)), Tensor(gts.astype(np.float32)), Tensor(labels))
