# case: two-stage detector pools the best proposal with the ROIAlign primitive into a fixed 2x2 grid (near miss of a data-dependent crop); expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FEAT = 8


class TwoStage(nn.Cell):
    def __init__(self):
        super().__init__()
        self.backbone = nn.SequentialCell([
            nn.Conv2d(3, 8, 3, stride=2, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(8, 16, 3, stride=2, pad_mode="same"), nn.ReLU()])
        self.rpn = nn.Conv2d(16, 5, 1, has_bias=True)
        self.roi_align = ops.ROIAlign(2, 2, 1.0, 2)
        self.cls = nn.Dense(16 * 2 * 2, 3)

    def construct(self, img):
        f = self.backbone(img)
        r = self.rpn(f).reshape(5, -1)
        best = r[0].argmax()
        box = ops.sigmoid(ops.gather(r[1:], best, 1)) * FEAT
        x0, y0 = box[0], box[1]
        x1 = ops.clamp(x0 + 2.0, max=float(FEAT))
        y1 = ops.clamp(y0 + 2.0, max=float(FEAT))
        rois = ops.stack([ops.zeros_like(x0), x0, y0, x1, y1]).reshape(1, 5)
        pooled = self.roi_align(f, rois)
        return self.cls(pooled.reshape(1, -1))


def make():
    return TwoStage(), (Tensor(np.random.randn(1, 3, 32, 32).astype(np.float32)),)
