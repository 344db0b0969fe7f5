# case: ByteTrack high/low detection split kept at full length with ops.select and score weights instead of compaction -> static
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
        zeros = ops.zeros_like(scores)
        high_scores = ops.select(first, scores, zeros)
        low_scores = ops.select(second, scores, zeros)
        n_high = first.astype(ms.int32).sum()
        return high_scores, low_scores, n_high


def make():
    np.random.seed(62)
    xy = np.random.rand(10, 2) * 100
    boxes = np.concatenate([xy, xy + 30, np.random.rand(10, 1)], axis=1).astype(np.float32)
    return DetectionSplitter(), (Tensor(boxes),)
