# case: post-process keeps boxes above score threshold with masked_select -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScoreFilterPostProcess(nn.Cell):
    def __init__(self, score_thresh=0.7, num_classes=4):
        super().__init__()
        self.score_thresh = score_thresh
        self.num_classes = num_classes
        self.sigmoid = nn.Sigmoid()

    def filter_boxes(self, boxes, scores):
        # boxes: (N, 4), scores: (N,)
        keep = scores > self.score_thresh
        kept_scores = ops.masked_select(scores, keep)
        box_mask = ops.broadcast_to(keep.view(-1, 1), boxes.shape)
        kept_boxes = ops.masked_select(boxes, box_mask).view(-1, 4)
        return kept_boxes, kept_scores

    def construct(self, cls_logits, boxes):
        probs = self.sigmoid(cls_logits)
        scores = probs.max(axis=-1)
        kept_boxes, kept_scores = self.filter_boxes(boxes, scores)
        return kept_boxes * 1.0, kept_scores


def make():
    np.random.seed(1)
    logits = Tensor(np.random.randn(32, 4).astype(np.float32))
    boxes = Tensor(np.random.rand(32, 4).astype(np.float32) * 64)
    return ScoreFilterPostProcess(), (logits, boxes)
