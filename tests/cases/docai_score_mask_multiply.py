# case: suppress low-score layout boxes by multiplying in a fixed-size float mask instead of indexing -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftLayoutFilter(nn.Cell):
    def __init__(self, score_thresh=0.5, min_area=4.0):
        super().__init__()
        self.score_thresh = score_thresh
        self.min_area = min_area

    def box_area(self, boxes):
        return (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])

    def construct(self, boxes, scores):
        keep = ops.logical_and(scores > self.score_thresh, self.box_area(boxes) > self.min_area)
        keep_f = keep.astype(ms.float32)
        kept_boxes = boxes * keep_f.expand_dims(-1)
        kept_scores = scores * keep_f
        num_kept = keep_f.sum()
        return kept_boxes, kept_scores, num_kept


def make():
    np.random.seed(30)
    xy = np.random.rand(12, 2).astype(np.float32) * 50
    wh = np.random.rand(12, 2).astype(np.float32) * 20 + 1
    boxes = Tensor(np.concatenate([xy, xy + wh], axis=1))
    scores = Tensor(np.random.rand(12).astype(np.float32))
    return SoftLayoutFilter(), (boxes, scores)
