# case: two-stage detector crops the feature map for the best proposal with slice bounds computed from a predicted box tensor; expect dynamic or error at LAX and STRICT
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
        self.cls = nn.Dense(16, 3)

    def construct(self, img):
        f = self.backbone(img)
        r = self.rpn(f).reshape(5, -1)
        best = r[0].argmax()
        box = ops.sigmoid(r[1:, best]) * FEAT
        x0 = ops.floor(box[0]).astype(ms.int32)
        y0 = ops.floor(box[1]).astype(ms.int32)
        x1 = x0 + 2
        y1 = y0 + 2
        roi = f[0, :, y0:y1, x0:x1]
        pooled = roi.mean(axis=(1, 2))
        return self.cls(pooled[None, :])


def make():
    return TwoStage(), (Tensor(np.random.randn(1, 3, 32, 32).astype(np.float32)),)
