# case: box decoder wraps the exp() decode in try/except and falls back to a clamped decode -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafeBoxDecoder(nn.Cell):
    def __init__(self, wh_clip=4.135, weights=(10.0, 10.0, 5.0, 5.0)):
        super().__init__()
        self.wh_clip = wh_clip
        self.weights = weights

    def apply_deltas(self, anchors, deltas, clamp):
        wx, wy, ww, wh = self.weights
        widths = anchors[:, 2] - anchors[:, 0]
        heights = anchors[:, 3] - anchors[:, 1]
        cx = anchors[:, 0] + 0.5 * widths + deltas[:, 0] / wx * widths
        cy = anchors[:, 1] + 0.5 * heights + deltas[:, 1] / wy * heights
        dw = deltas[:, 2] / ww
        dh = deltas[:, 3] / wh
        if clamp:
            dw = ops.clamp(dw, max=self.wh_clip)
            dh = ops.clamp(dh, max=self.wh_clip)
        w = ops.exp(dw) * widths
        h = ops.exp(dh) * heights
        return ops.stack([cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2], axis=1)

    def construct(self, anchors, deltas):
        try:
            boxes = self.apply_deltas(anchors, deltas, False)
        except RuntimeError:
            boxes = self.apply_deltas(anchors, deltas, True)
        return boxes


def make():
    np.random.seed(29)
    xy = np.random.rand(10, 2).astype(np.float32) * 20
    anchors = Tensor(np.concatenate([xy, xy + 8], axis=1))
    deltas = Tensor(np.random.randn(10, 4).astype(np.float32))
    return SafeBoxDecoder(), (anchors, deltas)
