# case: pairwise IoU between object boxes, keep subject-object pairs overlapping above a threshold with masked_select -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OverlapPairFilter(nn.Cell):
    def __init__(self, iou_thresh=0.05):
        super().__init__()
        self.iou_thresh = iou_thresh

    def pairwise_iou(self, boxes):
        x1 = ops.maximum(boxes[:, None, 0], boxes[None, :, 0])
        y1 = ops.maximum(boxes[:, None, 1], boxes[None, :, 1])
        x2 = ops.minimum(boxes[:, None, 2], boxes[None, :, 2])
        y2 = ops.minimum(boxes[:, None, 3], boxes[None, :, 3])
        inter = ops.clamp(x2 - x1, min=0.0) * ops.clamp(y2 - y1, min=0.0)
        area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
        union = area[:, None] + area[None, :] - inter
        return inter / (union + 1e-6)

    def construct(self, boxes, obj_scores):
        iou = self.pairwise_iou(boxes)
        pair_scores = obj_scores[:, None] * obj_scores[None, :]
        keep = iou > self.iou_thresh
        kept_scores = ops.masked_select(pair_scores, keep)
        return kept_scores


def make():
    np.random.seed(0)
    xy = np.random.rand(8, 2).astype(np.float32) * 50
    wh = np.random.rand(8, 2).astype(np.float32) * 40 + 5
    boxes = Tensor(np.concatenate([xy, xy + wh], axis=1))
    scores = Tensor(np.random.rand(8).astype(np.float32))
    return OverlapPairFilter(0.05), (boxes, scores)
