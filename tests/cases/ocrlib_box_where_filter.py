# case: box post-processing that suppresses low-score or too-small boxes with three-argument ops.where and a score mask multiplication, keeping max_candidates rows -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoxFilterConfig:
    def __init__(self, box_thresh=0.6, min_size=3.0, max_candidates=16, fill_value=-1.0):
        self.box_thresh = box_thresh
        self.min_size = min_size
        self.max_candidates = max_candidates
        self.fill_value = fill_value


def _box_sides(boxes):
    w = ops.norm(boxes[:, 1] - boxes[:, 0], dim=-1)
    h = ops.norm(boxes[:, 3] - boxes[:, 0], dim=-1)
    return w, h


class PaddedBoxFilter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.box_thresh = config.box_thresh
        self.min_size = config.min_size
        self.max_candidates = config.max_candidates
        self.fill_value = config.fill_value

    def construct(self, boxes, scores, image_shape=None):
        boxes = boxes[: self.max_candidates]
        scores = scores[: self.max_candidates]
        w, h = _box_sides(boxes)
        valid = ops.logical_and(scores > self.box_thresh, ops.minimum(w, h) > self.min_size)
        if image_shape is not None:
            limit = image_shape.astype(ms.float32).reshape(1, 1, 2)
            boxes = ops.minimum(ops.maximum(boxes, 0.0), limit - 1)
        mask3 = valid.reshape(-1, 1, 1).astype(ms.float32)
        kept_boxes = ops.where(mask3 > 0, boxes, ops.full_like(boxes, self.fill_value))
        kept_scores = scores * valid.astype(ms.float32)
        return kept_boxes, kept_scores, valid.astype(ms.int32).sum()


def make():
    np.random.seed(27)
    boxes = Tensor((np.random.rand(20, 4, 2) * 60).astype(np.float32))
    scores = Tensor(np.random.rand(20).astype(np.float32))
    return PaddedBoxFilter(BoxFilterConfig()), (boxes, scores, Tensor(np.array([48, 64], np.int32)))
