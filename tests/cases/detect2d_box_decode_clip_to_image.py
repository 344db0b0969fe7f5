# case: decode (dx,dy,dw,dh) deltas onto anchors with dw clamp and clip to image size from .shape -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DeltaXYWHDecoder(nn.Cell):
    def __init__(self, means=(0.0, 0.0, 0.0, 0.0), stds=(0.1, 0.1, 0.2, 0.2), clip_border=True):
        super().__init__()
        self.means = Tensor(means, ms.float32)
        self.stds = Tensor(stds, ms.float32)
        self.clip_border = clip_border
        self.max_ratio = abs(math.log(16.0 / 1000))

    def decode(self, anchors, deltas):
        deltas = deltas * self.stds + self.means
        dx, dy, dw, dh = ops.split(deltas, 1, axis=-1)
        dw = ops.clamp(dw, -self.max_ratio, self.max_ratio)
        dh = ops.clamp(dh, -self.max_ratio, self.max_ratio)
        aw = anchors[..., 2:3] - anchors[..., 0:1]
        ah = anchors[..., 3:4] - anchors[..., 1:2]
        ax = anchors[..., 0:1] + 0.5 * aw
        ay = anchors[..., 1:2] + 0.5 * ah
        cx = ax + dx * aw
        cy = ay + dy * ah
        w = aw * ops.exp(dw)
        h = ah * ops.exp(dh)
        return ops.concat([cx - 0.5 * w, cy - 0.5 * h, cx + 0.5 * w, cy + 0.5 * h], axis=-1)

    def construct(self, image, anchors, deltas):
        boxes = self.decode(anchors, deltas)
        if self.clip_border:
            img_h, img_w = image.shape[-2], image.shape[-1]
            x = ops.clamp(boxes[..., 0::2], 0.0, float(img_w))
            y = ops.clamp(boxes[..., 1::2], 0.0, float(img_h))
            boxes = ops.stack([x[..., 0], y[..., 0], x[..., 1], y[..., 1]], axis=-1)
        return boxes


def make():
    np.random.seed(4)
    image = Tensor(np.zeros((1, 3, 48, 64), np.float32))
    xy = np.random.rand(50, 2).astype(np.float32) * 40
    anchors = Tensor(np.concatenate([xy, xy + 16], axis=1))
    deltas = Tensor(np.random.randn(50, 4).astype(np.float32))
    return DeltaXYWHDecoder(), (image, anchors, deltas)
