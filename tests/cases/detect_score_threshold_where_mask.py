# case: detection post-processing zeroes boxes below score threshold with ops.where and a float mask instead of filtering; fixed shapes -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SCORE_THRESH = 0.3


class PostProcess(nn.Cell):
    def __init__(self, num_classes=4):
        super().__init__()
        self.num_classes = num_classes
        self.sigmoid = nn.Sigmoid()

    def construct(self, boxes, logits):
        scores = self.sigmoid(logits)
        best = scores.max(axis=-1)
        keep = best > SCORE_THRESH
        kept_boxes = ops.where(keep.expand_dims(-1), boxes, ops.zeros_like(boxes))
        kept_scores = best * keep.astype(best.dtype)
        num_kept = keep.astype(ms.int32).sum()
        return kept_boxes, kept_scores, num_kept


def make():
    boxes = Tensor(np.random.rand(20, 4).astype(np.float32))
    logits = Tensor(np.random.randn(20, 4).astype(np.float32))
    return PostProcess(), (boxes, logits)
