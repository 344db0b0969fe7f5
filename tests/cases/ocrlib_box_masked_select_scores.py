# case: box post-processing helper keeping only the candidate scores and box coordinates above box_thresh via ops.masked_select -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoxFilterConfig:
    box_thresh = 0.6
    min_size = 3.0
    max_candidates = 16


def _box_sides(boxes):
    w = ops.norm(boxes[:, 1] - boxes[:, 0], dim=-1)
    h = ops.norm(boxes[:, 3] - boxes[:, 0], dim=-1)
    return w, h


class BoxFilter(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        cfg = config or BoxFilterConfig()
        self.box_thresh = cfg.box_thresh
        self.min_size = cfg.min_size

    def _valid(self, boxes, scores):
        w, h = _box_sides(boxes)
        return ops.logical_and(scores > self.box_thresh, ops.minimum(w, h) > self.min_size)

    def construct(self, boxes, scores):
        valid = self._valid(boxes, scores)
        kept_scores = ops.masked_select(scores, valid)
        kept_boxes = ops.masked_select(boxes, valid.reshape(-1, 1, 1)).reshape(-1, 4, 2)
        return kept_boxes, kept_scores


def make():
    np.random.seed(26)
    base = np.random.rand(16, 1, 2) * 50
    offs = np.array([[0, 0], [20, 0], [20, 8], [0, 8]], np.float32)[None] * np.random.rand(16, 1, 1)
    boxes = Tensor((base + offs).astype(np.float32))
    scores = Tensor(np.random.rand(16).astype(np.float32))
    return BoxFilter(), (boxes, scores)
