# case: greedy temporal NMS with a while loop over remaining proposals appending kept indices to a list -> graph-mode failure on data-dependent loop/list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemporalNMS(nn.Cell):
    def __init__(self, iou_thresh=0.5):
        super().__init__()
        self.iou_thresh = iou_thresh

    def tiou(self, seg, segs):
        inter = ops.clamp(ops.minimum(seg[1], segs[:, 1]) - ops.maximum(seg[0], segs[:, 0]), min=0.0)
        union = (seg[1] - seg[0]) + (segs[:, 1] - segs[:, 0]) - inter
        return inter / union

    def construct(self, segments, scores):
        order = ops.argsort(scores, descending=True)
        segments = segments[order]
        keep = []
        while segments.shape[0] > 0:
            keep.append(segments[0])
            ious = self.tiou(segments[0], segments)
            segments = segments[ious < self.iou_thresh]
        return ops.stack(keep)


def make():
    np.random.seed(1)
    starts = np.random.rand(12).astype(np.float32) * 20
    segs = np.stack([starts, starts + 1 + np.random.rand(12).astype(np.float32) * 4], axis=1)
    scores = np.random.rand(12).astype(np.float32)
    return TemporalNMS(), (Tensor(segs), Tensor(scores))
