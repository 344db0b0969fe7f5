# case: tooth detector whose NMS sub-Cell drops overlapping boxes with masked_select on an IoU mask -> dynamic shape inside a sub-Cell
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SimpleToothNMS(nn.Cell):
    def __init__(self, iou_thresh=0.5):
        super().__init__()
        self.iou_thresh = iou_thresh

    def iou_with_best(self, boxes, best):
        x1 = ops.maximum(boxes[:, 0], best[0])
        y1 = ops.maximum(boxes[:, 1], best[1])
        x2 = ops.minimum(boxes[:, 2], best[2])
        y2 = ops.minimum(boxes[:, 3], best[3])
        inter = ops.relu(x2 - x1) * ops.relu(y2 - y1)
        area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
        best_area = (best[2] - best[0]) * (best[3] - best[1])
        return inter / (area + best_area - inter + 1e-6)

    def construct(self, boxes, scores):
        best = boxes[ops.argmax(scores)]
        keep = self.iou_with_best(boxes, best) < self.iou_thresh
        kept_scores = ops.masked_select(scores, keep)
        kept_boxes = ops.masked_select(boxes, keep.expand_dims(-1).broadcast_to(boxes.shape))
        return kept_boxes.reshape(-1, 4), kept_scores


class ToothDetector(nn.Cell):
    def __init__(self, feat_dim=8):
        super().__init__()
        self.score_head = nn.Dense(feat_dim, 1)
        self.nms = SimpleToothNMS()

    def construct(self, feats, boxes):
        scores = ops.sigmoid(self.score_head(feats)).squeeze(-1)
        return self.nms(boxes, scores)


def make():
    np.random.seed(29)
    feats = np.random.randn(20, 8).astype(np.float32)
    xy = np.random.rand(20, 2).astype(np.float32) * 60
    boxes = np.concatenate([xy, xy + 15 + np.random.rand(20, 2).astype(np.float32) * 10], axis=1)
    return ToothDetector(), (Tensor(feats), Tensor(boxes))
