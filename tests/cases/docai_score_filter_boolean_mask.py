# case: keep layout boxes whose detector score and area pass thresholds via boolean-mask indexing -> dynamic shape (boolean index gives data-dependent row count)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LayoutBoxFilter(nn.Cell):
    def __init__(self, score_thresh=0.5, min_area=4.0):
        super().__init__()
        self.score_thresh = score_thresh
        self.min_area = min_area

    def box_area(self, boxes):
        w = boxes[:, 2] - boxes[:, 0]
        h = boxes[:, 3] - boxes[:, 1]
        return w * h

    def construct(self, boxes, scores):
        area = self.box_area(boxes)
        keep = ops.logical_and(scores > self.score_thresh, area > self.min_area)
        kept_boxes = boxes[keep]
        kept_scores = scores[keep]
        return kept_boxes, kept_scores


def make():
    np.random.seed(0)
    xy = np.random.rand(12, 2).astype(np.float32) * 50
    wh = np.random.rand(12, 2).astype(np.float32) * 20 + 1
    boxes = Tensor(np.concatenate([xy, xy + wh], axis=1))
    scores = Tensor(np.random.rand(12).astype(np.float32))
    return LayoutBoxFilter(), (boxes, scores)
