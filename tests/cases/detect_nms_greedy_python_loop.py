# case: hand-written greedy NMS: for loop over box rows computing IoU and suppressing with a fixed-size keep mask; shapes constant -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_BOXES = 6
IOU_THRESH = 0.5


def pairwise_iou(box, boxes):
    lt = ops.maximum(box[:2], boxes[:, :2])
    rb = ops.minimum(box[2:], boxes[:, 2:])
    wh = ops.clamp(rb - lt, min=0.0)
    inter = wh[:, 0] * wh[:, 1]
    area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    area0 = (box[2] - box[0]) * (box[3] - box[1])
    return inter / (area + area0 - inter + 1e-6)


class GreedyNMS(nn.Cell):
    def construct(self, boxes, scores):
        order = ops.argsort(scores, descending=True)
        boxes = boxes[order]
        keep = ops.ones((NUM_BOXES,), ms.float32)
        for i in range(NUM_BOXES):
            iou = pairwise_iou(boxes[i], boxes)
            later = (ops.arange(NUM_BOXES) > i).astype(ms.float32)
            suppress = (iou > IOU_THRESH).astype(ms.float32) * later * keep[i]
            keep = keep * (1.0 - suppress)
        return boxes * keep.expand_dims(1), keep


def make():
    xy = np.random.rand(NUM_BOXES, 2).astype(np.float32)
    boxes = Tensor(np.concatenate([xy, xy + 0.5], axis=1))
    return GreedyNMS(), (boxes, Tensor(np.random.rand(NUM_BOXES).astype(np.float32)))
