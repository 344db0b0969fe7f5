# case: NMS-like filter with IoU matrix and triu, result expressed as scores * keep mask plus argsort order (fixed shape); expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

IOU_THRESH = 0.5


def iou_matrix(boxes):
    area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    lt = ops.maximum(boxes[:, None, :2], boxes[None, :, :2])
    rb = ops.minimum(boxes[:, None, 2:], boxes[None, :, 2:])
    wh = (rb - lt).clip(0.0)
    inter = wh[..., 0] * wh[..., 1]
    return inter / (area[:, None] + area[None, :] - inter + 1e-6)


class FastNMS(nn.Cell):
    def __init__(self, iou_thresh=IOU_THRESH, max_det=8):
        super().__init__()
        self.iou_thresh = iou_thresh
        self.max_det = max_det

    def construct(self, boxes, scores):
        order = ops.argsort(scores, descending=True)
        boxes = boxes[order]
        scores = scores[order]
        iou = ops.triu(iou_matrix(boxes), diagonal=1)
        max_iou = iou.max(axis=0)
        keep = (max_iou <= self.iou_thresh).astype(scores.dtype)
        kept_scores = scores * keep
        top_scores, top_idx = ops.topk(kept_scores, self.max_det)
        return boxes[top_idx], top_scores


def make():
    a = np.random.rand(12, 2).astype(np.float32) * 30
    boxes = Tensor(np.concatenate([a, a + 10], axis=1))
    scores = Tensor(np.random.rand(12).astype(np.float32))
    return FastNMS(), (boxes, scores)
