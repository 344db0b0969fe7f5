# case: greedy relation NMS with a while loop on the max remaining score, appending kept triplet indices to a Python list -> error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RelationNMS(nn.Cell):
    def __init__(self, thresh=0.5, min_score=0.1):
        super().__init__()
        self.thresh = thresh
        self.min_score = min_score

    def box_iou(self, a, b):
        lt = ops.maximum(a[:, :2], b[:, :2])
        rb = ops.minimum(a[:, 2:], b[:, 2:])
        wh = ops.clamp(rb - lt, min=0.0)
        inter = wh[:, 0] * wh[:, 1]
        area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
        area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
        return inter / (area_a + area_b - inter + 1e-6)

    def construct(self, subj_boxes, obj_boxes, scores):
        keep = []
        remaining = scores.copy()
        while remaining.max() > self.min_score:
            best = ops.argmax(remaining)
            keep.append(best)
            s_iou = self.box_iou(subj_boxes, ops.broadcast_to(subj_boxes[best], subj_boxes.shape))
            o_iou = self.box_iou(obj_boxes, ops.broadcast_to(obj_boxes[best], obj_boxes.shape))
            suppress = ops.logical_and(s_iou > self.thresh, o_iou > self.thresh)
            remaining = ops.where(suppress, ops.zeros_like(remaining), remaining)
        return ops.stack(keep)


def make():
    np.random.seed(4)
    xy = np.random.rand(10, 2).astype(np.float32) * 30
    sb = Tensor(np.concatenate([xy, xy + 20], axis=1))
    ob = Tensor(np.concatenate([xy + 5, xy + 30], axis=1))
    scores = Tensor(np.random.rand(10).astype(np.float32))
    return RelationNMS(), (sb, ob, scores)
