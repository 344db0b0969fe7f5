# case: building footprint filter keeps boxes whose area exceeds a minimum using boolean-mask indexing boxes[keep] -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MinAreaFilter(nn.Cell):
    def __init__(self, min_area=200.0):
        super().__init__()
        self.min_area = min_area

    def construct(self, boxes, scores):
        w = boxes[:, 2] - boxes[:, 0]
        h = boxes[:, 3] - boxes[:, 1]
        keep = (w * h) > self.min_area
        kept_boxes = boxes[keep]
        kept_scores = scores[keep]
        return kept_boxes, kept_scores


def make():
    np.random.seed(5)
    xy = np.random.uniform(0, 100, size=(10, 2)).astype(np.float32)
    wh = np.random.uniform(5, 30, size=(10, 2)).astype(np.float32)
    boxes = np.concatenate([xy, xy + wh], axis=1)
    scores = np.random.uniform(0, 1, size=(10,)).astype(np.float32)
    return MinAreaFilter(), (Tensor(boxes), Tensor(scores))
