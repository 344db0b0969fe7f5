# case: greedy temporal NMS that keeps popping the best proposal and filtering the rest with a boolean mask in a while loop -> dynamic shape at line 32
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def temporal_iou(seg, segs):
    inter_s = ops.maximum(seg[0], segs[:, 0])
    inter_e = ops.minimum(seg[1], segs[:, 1])
    inter = ops.clamp(inter_e - inter_s, min=0.0)
    union = (seg[1] - seg[0]) + (segs[:, 1] - segs[:, 0]) - inter
    return inter / union


class TemporalNMS(nn.Cell):
    """Classic greedy NMS over 1-D action proposals (start, end, score)."""

    def __init__(self, iou_thr=0.5, max_keep=4):
        super().__init__()
        self.iou_thr = iou_thr
        self.max_keep = max_keep

    def construct(self, proposals):
        order = ops.argsort(proposals[:, 2], descending=True)
        props = ops.gather(proposals, order, 0)
        kept = []
        while props.shape[0] > 0 and len(kept) < self.max_keep:
            best = props[0]
            kept.append(best)
            rest = props[1:]
            ious = temporal_iou(best, rest[:, :2])
            props = rest[ious < self.iou_thr]
        return ops.stack(kept)


def make():
    np.random.seed(4)
    starts = np.random.uniform(0, 10, size=8)
    ends = starts + np.random.uniform(1, 4, size=8)
    scores = np.random.uniform(0, 1, size=8)
    props = Tensor(np.stack([starts, ends, scores], axis=1).astype(np.float32))
    return TemporalNMS(), (props,)
