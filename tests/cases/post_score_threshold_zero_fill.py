# case: detection post-process that zeroes boxes/scores under the threshold with ops.where and returns fixed-size outputs; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SCORE_THRESH = 0.3


def decode(deltas, anchors):
    wh = anchors[:, 2:] - anchors[:, :2]
    ctr = anchors[:, :2] + 0.5 * wh
    pred_ctr = ctr + deltas[:, :2] * wh
    pred_wh = ops.exp(deltas[:, 2:].clip(-4.0, 4.0)) * wh
    return ops.cat((pred_ctr - 0.5 * pred_wh, pred_ctr + 0.5 * pred_wh), axis=1)


class PostProcess(nn.Cell):
    def __init__(self, thresh=SCORE_THRESH, img_size=64.0):
        super().__init__()
        self.thresh = thresh
        self.img_size = img_size

    def construct(self, cls_logits, deltas, anchors):
        scores = ops.sigmoid(cls_logits).max(axis=-1)
        boxes = decode(deltas, anchors).clip(0.0, self.img_size)
        keep = scores > self.thresh
        boxes = ops.where(keep.expand_dims(-1), boxes, ops.zeros_like(boxes))
        scores = ops.where(keep, scores, ops.zeros_like(scores))
        return boxes / self.img_size, scores, keep


def make():
    a = np.random.rand(20, 2).astype(np.float32) * 40
    anchors = Tensor(np.concatenate([a, a + 8], axis=1))
    logits = Tensor(np.random.randn(20, 3).astype(np.float32))
    deltas = Tensor(np.random.randn(20, 4).astype(np.float32) * 0.1)
    return PostProcess(), (logits, deltas, anchors)
