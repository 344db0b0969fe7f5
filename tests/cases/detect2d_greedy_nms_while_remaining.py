# case: greedy NMS loop that shrinks the candidate set with boolean-mask indexing while boxes remain -> dynamic shape at line 32
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def iou_one_to_many(box, boxes):
    lt = ops.maximum(box[:2], boxes[:, :2])
    rb = ops.minimum(box[2:], boxes[:, 2:])
    wh = (rb - lt).clip(0.0)
    inter = wh[:, 0] * wh[:, 1]
    area = (box[2] - box[0]) * (box[3] - box[1])
    areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    return inter / (area + areas - inter + 1e-6)


class GreedyNMS(nn.Cell):
    def __init__(self, iou_thresh=0.5, max_keep=8):
        super().__init__()
        self.iou_thresh = iou_thresh
        self.max_keep = max_keep

    def construct(self, boxes, scores):
        order = ops.sort(scores, descending=True)[1]
        boxes = boxes[order]
        kept = []
        while boxes.shape[0] > 0 and len(kept) < self.max_keep:
            best = boxes[0]
            kept.append(best)
            rest = boxes[1:]
            ious = iou_one_to_many(best, rest)
            boxes = rest[ious <= self.iou_thresh]
        return ops.stack(kept)


def make():
    np.random.seed(6)
    xy = np.random.rand(20, 2).astype(np.float32) * 30
    boxes = Tensor(np.concatenate([xy, xy + 12], axis=1))
    scores = Tensor(np.random.rand(20).astype(np.float32))
    return GreedyNMS(), (boxes, scores)
