# case: matches anchors to ground-truth segments with a broadcast tIoU matrix, argmax and gather of the best gt -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def segment_tiou(a, b):
    inter = ops.clamp(ops.minimum(a[:, None, 1], b[None, :, 1]) - ops.maximum(a[:, None, 0], b[None, :, 0]), min=0.0)
    union = (a[:, 1] - a[:, 0])[:, None] + (b[:, 1] - b[:, 0])[None, :] - inter
    return inter / ops.clamp(union, min=1e-6)


class AnchorMatcher(nn.Cell):
    def __init__(self, pos_iou=0.6):
        super().__init__()
        self.pos_iou = pos_iou

    def construct(self, anchors, gt_segments, gt_labels):
        iou = segment_tiou(anchors, gt_segments)
        best_iou, best_gt = iou.max(axis=1, return_indices=True)
        matched = ops.gather(gt_segments, best_gt, 0)
        labels = ops.gather(gt_labels, best_gt, 0)
        labels = ops.where(best_iou >= self.pos_iou, labels, ops.zeros_like(labels))
        return matched, labels


def make():
    np.random.seed(39)
    s = np.arange(0, 32, 2).astype(np.float32)
    anchors = Tensor(np.stack([s, s + 4], axis=1))
    gt = Tensor(np.array([[3.0, 9.0], [14.0, 20.0], [24.0, 30.0]], np.float32))
    labels = Tensor(np.array([1, 2, 3], np.int32))
    return AnchorMatcher(), (anchors, gt, labels)
