# case: split detections into high/low confidence sets (ByteTrack style) with boolean-mask indexing -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ByteSplit(nn.Cell):
    """First stage of ByteTrack: separate high and low score detections."""

    def __init__(self, high_thresh=0.6, low_thresh=0.1):
        super().__init__()
        self.high_thresh = high_thresh
        self.low_thresh = low_thresh

    def construct(self, boxes, scores):
        high, low = self.split(boxes, scores)
        return high, low

    def split(self, boxes, scores):
        is_high = scores >= self.high_thresh
        is_low = ops.logical_and(scores >= self.low_thresh, ops.logical_not(is_high))
        high_boxes = boxes[is_high]
        low_boxes = boxes[is_low]
        return high_boxes, low_boxes


def make():
    np.random.seed(4)
    boxes = Tensor(np.random.rand(8, 4).astype(np.float32))
    scores = Tensor(np.array([0.9, 0.05, 0.7, 0.3, 0.65, 0.2, 0.01, 0.8], dtype=np.float32))
    return ByteSplit(), (boxes, scores)
