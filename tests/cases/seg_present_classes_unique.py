# case: lists classes present in an argmax segmentation map with ops.unique and counts them per class; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PresentClasses(nn.Cell):
    def __init__(self, min_area=0):
        super().__init__()
        self.min_area = min_area

    def construct(self, logits):
        pred = ops.argmax(logits, dim=1).reshape(-1)
        classes, inverse = ops.unique(pred)
        counts = ops.unsorted_segment_sum(ops.ones_like(pred), inverse, classes.shape[0])
        big = counts > self.min_area
        return classes, counts, big


def make():
    logits = Tensor(np.random.randn(1, 6, 16, 16).astype(np.float32))
    return PresentClasses(), (logits,)
