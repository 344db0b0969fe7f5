# case: ByteTrack splits detections into high- and low-score sets with ops.masked_select on track_thresh -> dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ByteTrackArgs:
    track_thresh = 0.5
    low_thresh = 0.1
    match_thresh = 0.8
    mot20 = False


def split_scores(scores, low, high):
    first = scores > high
    second = ops.logical_and(scores > low, scores <= high)
    return first, second


class DetectionSplitter(nn.Cell):
    def __init__(self, args=None):
        super().__init__()
        args = ByteTrackArgs() if args is None else args
        self.track_thresh = args.track_thresh
        self.low_thresh = args.low_thresh

    def construct(self, dets):
        scores = dets[:, 4]
        first, second = split_scores(scores, self.low_thresh, self.track_thresh)
        high_scores = ops.masked_select(scores, first)
        low_scores = ops.masked_select(scores, second)
        return high_scores, low_scores


def make():
    np.random.seed(61)
    xy = np.random.rand(10, 2) * 100
    boxes = np.concatenate([xy, xy + 30, np.random.rand(10, 1)], axis=1).astype(np.float32)
    return DetectionSplitter(), (Tensor(boxes),)
