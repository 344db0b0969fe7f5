# case: class-aware NMS via the coordinate-offset trick with NMSWithMask on a fixed-size candidate set -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OffsetBatchedNMS(nn.Cell):
    def __init__(self, iou_thresh=0.6, max_det=8, class_agnostic=False):
        super().__init__()
        self.max_det = max_det
        self.class_agnostic = class_agnostic
        self.nms = ops.NMSWithMask(iou_thresh)

    def offset_boxes(self, boxes, labels):
        if self.class_agnostic:
            return boxes
        max_coord = boxes.max() + 1.0
        offsets = labels.astype(boxes.dtype) * max_coord
        return boxes + offsets.view(-1, 1)

    def construct(self, boxes, scores, labels):
        shifted = self.offset_boxes(boxes, labels)
        dets = ops.concat([shifted, scores.view(-1, 1)], axis=1)
        _, order, keep = self.nms(dets)
        kept_scores = ops.select(keep, ops.gather(scores, order, 0), ops.zeros_like(scores))
        top_scores, top = ops.topk(kept_scores, self.max_det)
        sel = ops.gather(order, top, 0)
        det_boxes = ops.gather(boxes, sel, 0)
        det_labels = ops.gather(labels, sel, 0)
        valid = top_scores > 0
        return det_boxes, top_scores, det_labels, valid


def make():
    np.random.seed(18)
    xy = np.random.rand(20, 2).astype(np.float32) * 30
    boxes = Tensor(np.concatenate([xy, xy + 10], axis=1))
    scores = Tensor(np.random.rand(20).astype(np.float32))
    labels = Tensor(np.random.randint(0, 4, size=20).astype(np.int32))
    return OffsetBatchedNMS(), (boxes, scores, labels)
