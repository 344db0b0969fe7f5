# case: detection post-process keeps boxes with score > threshold via boolean indexing before NMS; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SCORE_THRESH = 0.05


class ScoreFilter(nn.Cell):
    def __init__(self, score_thresh=SCORE_THRESH):
        super().__init__()
        self.score_thresh = score_thresh

    def construct(self, boxes, cls_logits):
        scores = ops.sigmoid(cls_logits)
        best, labels = scores.max(axis=-1, return_indices=True)
        keep = best > self.score_thresh
        boxes = boxes[keep]
        best = best[keep]
        labels = labels[keep]
        return boxes, best, labels


def make():
    boxes = Tensor(np.random.rand(200, 4).astype(np.float32))
    logits = Tensor(np.random.randn(200, 8).astype(np.float32))
    return ScoreFilter(), (boxes, logits)
