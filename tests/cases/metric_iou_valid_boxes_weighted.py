# case: mean IoU with invalid gt boxes masked out by multiplication and ops.where instead of indexing; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def box_area(b):
    return (b[:, 2] - b[:, 0]).clip(0.0) * (b[:, 3] - b[:, 1]).clip(0.0)


def pairwise_iou(a, b, eps=1e-7):
    lt = ops.maximum(a[:, :2], b[:, :2])
    rb = ops.minimum(a[:, 2:], b[:, 2:])
    wh = (rb - lt).clip(0.0)
    inter = wh[:, 0] * wh[:, 1]
    union = box_area(a) + box_area(b) - inter
    return inter / (union + eps)


class MeanIoU(nn.Cell):
    def __init__(self, min_area=1.0):
        super().__init__()
        self.min_area = min_area

    def construct(self, pred_boxes, gt_boxes):
        keep = box_area(gt_boxes) > self.min_area
        iou = pairwise_iou(pred_boxes, gt_boxes)
        iou = ops.where(keep, iou, ops.zeros_like(iou))
        n = keep.astype(ms.float32).sum()
        return iou.sum() / ops.maximum(n, Tensor(1.0, ms.float32))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.reg = nn.Dense(4, 4)
        self.metric = MeanIoU()

    def construct(self, anchors, gt):
        pred = anchors + self.reg(anchors)
        return self.metric(pred, gt)


def make():
    a = np.random.rand(10, 2).astype(np.float32) * 50
    boxes = np.concatenate([a, a + 10], axis=1)
    gt = boxes.copy()
    gt[-3:, 2:] = gt[-3:, :2]
    return Net(), (Tensor(boxes), Tensor(gt))
