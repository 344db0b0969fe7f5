# case: label assigner that validates shapes/config with raise on .shape conditions before IoU-based labelling -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IoULabeler(nn.Cell):
    def __init__(self, fg_thresh=0.5, bg_thresh=0.3, ignore_label=-1, box_dim=4):
        super().__init__()
        if bg_thresh > fg_thresh:
            raise ValueError("bg_thresh must not exceed fg_thresh")
        self.fg_thresh = fg_thresh
        self.bg_thresh = bg_thresh
        self.ignore_label = ignore_label
        self.box_dim = box_dim

    def check_inputs(self, anchors, gt_boxes):
        if anchors.shape[-1] != self.box_dim:
            raise ValueError("anchors must have 4 coordinates")
        if gt_boxes.shape[0] == 0:
            raise ValueError("at least one gt box is required")

    def construct(self, anchors, gt_boxes):
        self.check_inputs(anchors, gt_boxes)
        lt = ops.maximum(anchors[:, None, :2], gt_boxes[None, :, :2])
        rb = ops.minimum(anchors[:, None, 2:], gt_boxes[None, :, 2:])
        wh = ops.relu(rb - lt)
        inter = wh[..., 0] * wh[..., 1]
        a1 = (anchors[:, 2] - anchors[:, 0]) * (anchors[:, 3] - anchors[:, 1])
        a2 = (gt_boxes[:, 2] - gt_boxes[:, 0]) * (gt_boxes[:, 3] - gt_boxes[:, 1])
        iou = inter / (a1[:, None] + a2[None, :] - inter)
        best = iou.max(axis=1)
        labels = ops.full(best.shape, self.ignore_label, dtype=ms.int32)
        labels = ops.where(best >= self.fg_thresh, ops.ones_like(labels), labels)
        labels = ops.where(best < self.bg_thresh, ops.zeros_like(labels), labels)
        return labels


def make():
    np.random.seed(35)
    a = np.random.rand(30, 2).astype(np.float32) * 40
    anchors = Tensor(np.concatenate([a, a + 10], axis=1))
    gt = Tensor(np.array([[5, 5, 16, 15], [20, 22, 30, 34]], np.float32))
    return IoULabeler(), (anchors, gt)
