# case: pairwise IoU overlap mask converted to float and multiplied into pair scores, keeping the full N x N shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OverlapWeightedPairs(nn.Cell):
    def __init__(self, iou_thresh=0.0, exclude_self=True):
        super().__init__()
        self.iou_thresh = iou_thresh
        self.exclude_self = exclude_self

    def pairwise_iou(self, boxes):
        lt = ops.maximum(boxes[:, None, :2], boxes[None, :, :2])
        rb = ops.minimum(boxes[:, None, 2:], boxes[None, :, 2:])
        wh = ops.clamp(rb - lt, min=0.0)
        inter = wh[..., 0] * wh[..., 1]
        area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
        return inter / (area[:, None] + area[None, :] - inter + 1e-6)

    def construct(self, boxes, obj_scores):
        n = boxes.shape[0]
        overlap = (self.pairwise_iou(boxes) > self.iou_thresh).astype(ms.float32)
        if self.exclude_self:
            overlap = overlap * (1.0 - ops.eye(n, n, ms.float32))
        pair_scores = obj_scores[:, None] * obj_scores[None, :] * overlap
        return pair_scores.reshape(-1)


def make():
    np.random.seed(30)
    xy = np.random.rand(7, 2).astype(np.float32) * 40
    boxes = Tensor(np.concatenate([xy, xy + 25], axis=1))
    scores = Tensor(np.random.rand(7).astype(np.float32))
    return OverlapWeightedPairs(), (boxes, scores)
