# case: 3D detection post-processing sorting box scores and keeping a fixed max number of detections, zeroing low scores -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoxPostProcess(nn.Cell):
    def __init__(self, max_dets=5, score_thresh=0.2):
        super().__init__()
        self.max_dets = max_dets
        self.score_thresh = score_thresh

    def decode(self, anchors, deltas):
        xy = anchors[:, :2] + deltas[:, :2] * anchors[:, 3:5]
        z = anchors[:, 2:3] + deltas[:, 2:3]
        lwh = anchors[:, 3:6] * ops.exp(deltas[:, 3:6])
        yaw = anchors[:, 6:7] + deltas[:, 6:7]
        return ops.concat([xy, z, lwh, yaw], axis=-1)

    def construct(self, anchors, deltas, cls_logits):
        scores = ops.sigmoid(cls_logits).max(axis=-1)
        boxes = self.decode(anchors, deltas)
        sorted_scores, order = ops.sort(scores, descending=True)
        top_scores = sorted_scores[: self.max_dets]
        top_boxes = ops.gather(boxes, order[: self.max_dets], 0)
        keep = (top_scores > self.score_thresh).astype(ms.float32)
        return top_boxes * keep.expand_dims(-1), top_scores * keep


def make():
    np.random.seed(35)
    anchors = np.abs(np.random.randn(20, 7)).astype(np.float32) + 0.5
    deltas = (0.1 * np.random.randn(20, 7)).astype(np.float32)
    logits = np.random.randn(20, 3).astype(np.float32)
    return BoxPostProcess(), (Tensor(anchors), Tensor(deltas), Tensor(logits))
