# case: decode (dx,dy,dw,dh) deltas against anchors with clamped dw/dh and clip to image size; expect static at LAX and STRICT
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BBOX_CLIP = math.log(1000.0 / 16)


class DeltaDecoder(nn.Cell):
    def __init__(self, img_h=320, img_w=320, stds=(0.1, 0.1, 0.2, 0.2)):
        super().__init__()
        self.img_h = img_h
        self.img_w = img_w
        self.stds = Tensor(np.array(stds, np.float32))

    def construct(self, anchors, deltas):
        deltas = deltas * self.stds
        w = anchors[:, 2] - anchors[:, 0]
        h = anchors[:, 3] - anchors[:, 1]
        cx = anchors[:, 0] + 0.5 * w
        cy = anchors[:, 1] + 0.5 * h
        dw = ops.clamp(deltas[:, 2], max=BBOX_CLIP)
        dh = ops.clamp(deltas[:, 3], max=BBOX_CLIP)
        pcx = deltas[:, 0] * w + cx
        pcy = deltas[:, 1] * h + cy
        pw = ops.exp(dw) * w
        ph = ops.exp(dh) * h
        x1 = ops.clamp(pcx - 0.5 * pw, 0, self.img_w)
        y1 = ops.clamp(pcy - 0.5 * ph, 0, self.img_h)
        x2 = ops.clamp(pcx + 0.5 * pw, 0, self.img_w)
        y2 = ops.clamp(pcy + 0.5 * ph, 0, self.img_h)
        return ops.stack((x1, y1, x2, y2), axis=-1)


def make():
    a = np.random.rand(100, 2).astype(np.float32) * 200
    anchors = np.concatenate([a, a + 32], axis=1)
    deltas = np.random.randn(100, 4).astype(np.float32)
    return DeltaDecoder(), (Tensor(anchors), Tensor(deltas))
