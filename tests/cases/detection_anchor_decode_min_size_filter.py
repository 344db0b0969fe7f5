# case: detector decodes box deltas against constant anchors, then drops tiny boxes with a boolean index before IoU with gt; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

IMG = 32
STRIDE = 8
BBOX_CLIP = float(np.log(1000.0 / 16))
MIN_SIZE = 4.0


def make_anchors(img=IMG, stride=STRIDE, size=12.0):
    cs = np.arange(stride / 2, img, stride, dtype=np.float32)
    cx, cy = np.meshgrid(cs, cs)
    cx, cy = cx.reshape(-1), cy.reshape(-1)
    half = size / 2
    return np.stack([cx - half, cy - half, cx + half, cy + half], axis=1).astype(np.float32)


def decode(anchors, deltas):
    wa = anchors[:, 2] - anchors[:, 0]
    ha = anchors[:, 3] - anchors[:, 1]
    xa = anchors[:, 0] + 0.5 * wa
    ya = anchors[:, 1] + 0.5 * ha
    dx, dy, dw, dh = ops.unstack(deltas, axis=-1)
    dw = ops.clamp(dw, max=BBOX_CLIP)
    dh = ops.clamp(dh, max=BBOX_CLIP)
    x = dx * wa + xa
    y = dy * ha + ya
    w = ops.exp(dw) * wa
    h = ops.exp(dh) * ha
    boxes = ops.stack([x - w / 2, y - h / 2, x + w / 2, y + h / 2], axis=-1)
    return ops.clamp(boxes, 0.0, float(IMG))


class Detector(nn.Cell):
    def __init__(self):
        super().__init__()
        self.backbone = nn.SequentialCell([
            nn.Conv2d(3, 8, 3, stride=2, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(8, 16, 3, stride=2, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(16, 16, 3, stride=2, pad_mode="same"), nn.ReLU()])
        self.reg = nn.Conv2d(16, 4, 1, has_bias=True)
        self.anchors = Tensor(make_anchors())
        self.iou = ops.IOU()

    def construct(self, img, gt):
        f = self.backbone(img)
        b = f.shape[0]
        deltas = self.reg(f).reshape(b, 4, -1).transpose(0, 2, 1)
        boxes = decode(self.anchors, deltas)[0]
        wh = boxes[:, 2:] - boxes[:, :2]
        big = ops.logical_and(wh[:, 0] > MIN_SIZE, wh[:, 1] > MIN_SIZE)
        boxes = boxes[big]
        ious = self.iou(boxes, gt)
        return boxes, ious.max(axis=0)


def make():
    img = Tensor(np.random.randn(1, 3, IMG, IMG).astype(np.float32))
    gt = Tensor(np.array([[2, 2, 14, 14], [10, 12, 30, 28]], np.float32))
    return Detector(), (img, gt)
