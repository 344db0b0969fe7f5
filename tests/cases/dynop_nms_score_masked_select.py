# case: NMS pre-filter keeps boxes whose score beats a threshold with ops.masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScoreFilter(nn.Cell):
    def __init__(self, thresh=0.3):
        super().__init__()
        self.thresh = thresh
        self.cls = nn.Dense(8, 1)
        self.sigmoid = nn.Sigmoid()

    def construct(self, feats, boxes):
        scores = self.sigmoid(self.cls(feats)).squeeze(-1)
        keep = scores > self.thresh
        kept_scores = ops.masked_select(scores, keep)
        kept_boxes = ops.masked_select(boxes, keep.expand_dims(-1)).reshape(-1, 4)
        return kept_scores, kept_boxes


def make():
    feats = Tensor(np.random.randn(12, 8).astype(np.float32))
    boxes = Tensor(np.random.rand(12, 4).astype(np.float32))
    return ScoreFilter(), (feats, boxes)
