# case: RetinaNet-style post-processing keeps boxes whose score passes a threshold via masked_select -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScoreFilter(nn.Cell):
    """Flattens class scores and keeps only confident candidates."""

    def __init__(self, score_thresh=0.3, use_sigmoid=True):
        super().__init__()
        self.score_thresh = score_thresh
        self.use_sigmoid = use_sigmoid

    def _activate(self, logits):
        if self.use_sigmoid:
            return ops.sigmoid(logits)
        return ops.softmax(logits, axis=-1)

    def construct(self, cls_logits, box_regs):
        scores = self._activate(cls_logits)
        max_scores = scores.max(axis=-1)
        keep = max_scores > self.score_thresh
        kept_scores = ops.masked_select(max_scores, keep)
        kept_boxes = ops.masked_select(box_regs, keep.expand_dims(-1)).reshape(-1, 4)
        return kept_scores, kept_boxes


def make():
    np.random.seed(0)
    logits = Tensor(np.random.randn(2, 50, 5).astype(np.float32))
    boxes = Tensor(np.random.rand(2, 50, 4).astype(np.float32))
    return ScoreFilter(), (logits, boxes)
