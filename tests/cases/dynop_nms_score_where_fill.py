# case: NMS pre-filter suppresses low scores with ops.where and keeps a fixed top-8 (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScoreFilterStatic(nn.Cell):
    def __init__(self, thresh=0.3, keep=8):
        super().__init__()
        self.thresh = thresh
        self.keep = keep
        self.cls = nn.Dense(8, 1)

    def construct(self, feats, boxes):
        scores = ops.sigmoid(self.cls(feats)).squeeze(-1)
        scores = ops.where(scores > self.thresh, scores, ops.zeros_like(scores))
        top_scores, idx = ops.topk(scores, self.keep)
        return top_scores, ops.gather(boxes, idx, 0)


def make():
    feats = Tensor(np.random.randn(12, 8).astype(np.float32))
    boxes = Tensor(np.random.rand(12, 4).astype(np.float32))
    return ScoreFilterStatic(), (feats, boxes)
