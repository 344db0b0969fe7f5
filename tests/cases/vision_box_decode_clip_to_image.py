# case: Faster R-CNN box coder decodes regression deltas against anchors and clips to the image size taken from the image shape -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoxCoder(nn.Cell):
    def __init__(self, weights=(10.0, 10.0, 5.0, 5.0), clip_boxes=True):
        super().__init__()
        self.weights = weights
        self.clip_boxes = clip_boxes
        self.scale_clamp = math.log(1000.0 / 16)

    def _decode(self, deltas, anchors):
        wx, wy, ww, wh = self.weights
        widths = anchors[:, 2] - anchors[:, 0]
        heights = anchors[:, 3] - anchors[:, 1]
        ctr_x = anchors[:, 0] + 0.5 * widths
        ctr_y = anchors[:, 1] + 0.5 * heights
        dx, dy = deltas[:, 0] / wx, deltas[:, 1] / wy
        dw = ops.clamp(deltas[:, 2] / ww, max=self.scale_clamp)
        dh = ops.clamp(deltas[:, 3] / wh, max=self.scale_clamp)
        px, py = dx * widths + ctr_x, dy * heights + ctr_y
        pw, ph = ops.exp(dw) * widths, ops.exp(dh) * heights
        return ops.stack([px - 0.5 * pw, py - 0.5 * ph, px + 0.5 * pw, py + 0.5 * ph], axis=1)

    def construct(self, deltas, anchors, image):
        boxes = self._decode(deltas, anchors)
        if self.clip_boxes:
            h, w = image.shape[-2], image.shape[-1]
            x = ops.clamp(boxes[:, 0::2], 0.0, float(w))
            y = ops.clamp(boxes[:, 1::2], 0.0, float(h))
            boxes = ops.stack([x[:, 0], y[:, 0], x[:, 1], y[:, 1]], axis=1)
        return boxes


def make():
    np.random.seed(31)
    deltas = Tensor(np.random.randn(12, 4).astype(np.float32) * 0.1)
    xy = np.random.rand(12, 2).astype(np.float32) * 20
    anchors = Tensor(np.concatenate([xy, xy + 8], axis=1))
    img = Tensor(np.zeros((1, 3, 24, 32), dtype=np.float32))
    return BoxCoder(), (deltas, anchors, img)
