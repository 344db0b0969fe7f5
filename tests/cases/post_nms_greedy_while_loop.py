# case: torch-style greedy NMS: while order.size > 0, shrink order via nonzero-filtered indices; expect error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def box_iou_one(box, boxes):
    x1 = ops.maximum(box[0], boxes[:, 0])
    y1 = ops.maximum(box[1], boxes[:, 1])
    x2 = ops.minimum(box[2], boxes[:, 2])
    y2 = ops.minimum(box[3], boxes[:, 3])
    inter = ops.clamp(x2 - x1, min=0) * ops.clamp(y2 - y1, min=0)
    area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    a0 = (box[2] - box[0]) * (box[3] - box[1])
    return inter / (a0 + area - inter)


class GreedyNMS(nn.Cell):
    def __init__(self, iou_thresh=0.5):
        super().__init__()
        self.iou_thresh = iou_thresh

    def construct(self, boxes, scores):
        _, order = ops.sort(scores, descending=True)
        keep = []
        while order.shape[0] > 0:
            i = order[0]
            keep.append(i)
            ious = box_iou_one(boxes[i], ops.gather(boxes, order[1:], 0))
            rest = ops.nonzero(ious <= self.iou_thresh).reshape(-1)
            order = ops.gather(order[1:], rest, 0)
        return ops.stack(keep)


def make():
    xy = np.random.rand(20, 2).astype(np.float32) * 50
    boxes = np.concatenate([xy, xy + 10], 1)
    return GreedyNMS(), (Tensor(boxes), Tensor(np.random.rand(20).astype(np.float32)))
