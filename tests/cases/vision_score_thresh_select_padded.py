# case: detection post-processing zeroes low-score candidates with ops.select and keeps a fixed-size padded output -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PaddedScoreFilter(nn.Cell):
    def __init__(self, score_thresh=0.3, max_det=16):
        super().__init__()
        self.score_thresh = score_thresh
        self.max_det = max_det

    def construct(self, cls_logits, boxes):
        scores = ops.sigmoid(cls_logits)
        max_scores = scores.max(axis=-1)
        labels = scores.argmax(axis=-1)
        keep = max_scores > self.score_thresh
        max_scores = ops.select(keep, max_scores, ops.zeros_like(max_scores))
        top_scores, idx = ops.topk(max_scores, self.max_det)
        top_boxes = ops.gather(boxes, idx, 0)
        top_labels = ops.gather(labels, idx, 0)
        valid = (top_scores > 0).astype(ms.int32)
        return top_boxes, top_scores, top_labels * valid - (1 - valid)


def make():
    np.random.seed(32)
    logits = Tensor(np.random.randn(60, 4).astype(np.float32))
    boxes = Tensor(np.random.rand(60, 4).astype(np.float32))
    return PaddedScoreFilter(), (logits, boxes)
