# case: YOLACT-style Fast NMS suppresses per class via an upper-triangular IoU matrix over a fixed top-k, returning masked scores -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def pairwise_iou(boxes):
    x1, y1, x2, y2 = boxes[..., 0], boxes[..., 1], boxes[..., 2], boxes[..., 3]
    area = (x2 - x1) * (y2 - y1)
    ix1 = ops.maximum(x1.expand_dims(-1), x1.expand_dims(-2))
    iy1 = ops.maximum(y1.expand_dims(-1), y1.expand_dims(-2))
    ix2 = ops.minimum(x2.expand_dims(-1), x2.expand_dims(-2))
    iy2 = ops.minimum(y2.expand_dims(-1), y2.expand_dims(-2))
    inter = ops.clamp(ix2 - ix1, min=0.0) * ops.clamp(iy2 - iy1, min=0.0)
    return inter / (area.expand_dims(-1) + area.expand_dims(-2) - inter)


class FastNMS(nn.Cell):
    def __init__(self, top_k=10, iou_thresh=0.5, conf_thresh=0.05):
        super().__init__()
        self.top_k = top_k
        self.iou_thresh = iou_thresh
        self.conf_thresh = conf_thresh

    def construct(self, boxes, scores):
        # boxes: (N, 4), scores: (C, N)
        top_scores, idx = ops.topk(scores, self.top_k)
        cls_boxes = ops.gather(boxes, idx.reshape(-1), 0).reshape(idx.shape[0], self.top_k, 4)
        iou = ops.triu(pairwise_iou(cls_boxes), diagonal=1)
        iou_max = iou.max(axis=1)
        keep = ops.logical_and(iou_max <= self.iou_thresh, top_scores > self.conf_thresh)
        return cls_boxes, ops.where(keep, top_scores, ops.zeros_like(top_scores))


def make():
    np.random.seed(46)
    xy = np.random.rand(25, 2).astype(np.float32) * 10
    boxes = Tensor(np.concatenate([xy, xy + 5], axis=1))
    scores = Tensor(np.random.rand(3, 25).astype(np.float32))
    return FastNMS(), (boxes, scores)
