# case: building footprint filter suppresses small boxes by zeroing their scores with ops.select, keeping the padded layout -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MinAreaFilter(nn.Cell):
    def __init__(self, min_area=200.0):
        super().__init__()
        self.min_area = min_area

    def areas(self, boxes):
        w = boxes[:, 2] - boxes[:, 0]
        h = boxes[:, 3] - boxes[:, 1]
        return w * h

    def construct(self, boxes, scores):
        keep = self.areas(boxes) > self.min_area
        kept_scores = ops.select(keep, scores, ops.zeros_like(scores))
        kept_boxes = boxes * keep.astype(boxes.dtype).expand_dims(1)
        return kept_boxes, kept_scores, keep.astype(ms.int32).sum()


def make():
    np.random.seed(5)
    xy = np.random.uniform(0, 100, size=(10, 2)).astype(np.float32)
    wh = np.random.uniform(5, 30, size=(10, 2)).astype(np.float32)
    boxes = np.concatenate([xy, xy + wh], axis=1)
    scores = np.random.uniform(0, 1, size=(10,)).astype(np.float32)
    return MinAreaFilter(), (Tensor(boxes), Tensor(scores))
