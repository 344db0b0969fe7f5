# case: NMS-like filter: IoU matrix, suppression mask, then mint.nonzero to get kept indices and gather boxes; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor

IOU_THRESH = 0.5


def iou_matrix(boxes):
    area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    lt = ops.maximum(boxes[:, None, :2], boxes[None, :, :2])
    rb = ops.minimum(boxes[:, None, 2:], boxes[None, :, 2:])
    wh = (rb - lt).clip(0.0)
    inter = wh[..., 0] * wh[..., 1]
    return inter / (area[:, None] + area[None, :] - inter + 1e-6)


class FastNMS(nn.Cell):
    def __init__(self, iou_thresh=IOU_THRESH):
        super().__init__()
        self.iou_thresh = iou_thresh

    def construct(self, boxes, scores):
        order = ops.argsort(scores, descending=True)
        boxes = boxes[order]
        scores = scores[order]
        iou = ops.triu(iou_matrix(boxes), diagonal=1)
        max_iou = iou.max(axis=0)
        keep = max_iou <= self.iou_thresh
        keep_idx = mint.nonzero(keep).squeeze(-1)
        return boxes[keep_idx], scores[keep_idx]


def make():
    a = np.random.rand(12, 2).astype(np.float32) * 30
    boxes = Tensor(np.concatenate([a, a + 10], axis=1))
    scores = Tensor(np.random.rand(12).astype(np.float32))
    return FastNMS(), (boxes, scores)
