# case: gating threshold derived from Python builtins max()/sum() over a score tensor and a list comprehension over its rows -> compile error at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveGate(nn.Cell):
    def __init__(self, rel_thresh=0.5, floor=0.1):
        super().__init__()
        self.rel_thresh = rel_thresh
        self.floor = floor

    def construct(self, boxes, scores):
        top = max(scores)
        mean = sum(scores) / len(scores)
        thresh = ops.maximum(top * self.rel_thresh, mean) + self.floor * 0
        keep = [s > thresh for s in scores]
        keep = ops.stack(keep).astype(ms.float32)
        return boxes * keep[:, None], thresh


def make():
    np.random.seed(24)
    boxes = Tensor(np.random.rand(6, 4).astype(np.float32))
    scores = Tensor(np.random.rand(6).astype(np.float32))
    return AdaptiveGate(), (boxes, scores)
