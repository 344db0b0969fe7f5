# case: segmentation argmax then maps ignored classes to background with isin-style compare loop; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

IGNORED_CLASSES = (3, 5)


class SegPostprocess(nn.Cell):
    def __init__(self, ignored=IGNORED_CLASSES, background=0):
        super().__init__()
        self.ignored = ignored
        self.background = background

    def construct(self, logits):
        probs = ops.softmax(logits, axis=1)
        conf, pred = probs.max(axis=1, return_indices=True)
        drop = ops.zeros_like(pred).astype(ms.bool_)
        for c in self.ignored:
            drop = ops.logical_or(drop, pred == c)
        pred = ops.where(drop, ops.full_like(pred, self.background), pred)
        conf = ops.where(drop, ops.zeros_like(conf), conf)
        return pred, conf


def make():
    logits = Tensor(np.random.randn(1, 8, 32, 32).astype(np.float32))
    return SegPostprocess(), (logits,)
