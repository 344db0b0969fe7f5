# case: segmentation head upsamples logits with bilinear and falls back to nearest inside try/except -> compile error at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegHead(nn.Cell):
    def __init__(self, in_ch=8, num_classes=3, align_corners=False):
        super().__init__()
        self.classifier = nn.Conv2d(in_ch, num_classes, 1, has_bias=True)
        self.align_corners = align_corners

    def _upsample(self, logits, size):
        try:
            return ops.interpolate(logits, size=size, mode="bilinear", align_corners=self.align_corners)
        except RuntimeError:
            return ops.interpolate(logits, size=size, mode="nearest")

    def construct(self, feat, image):
        logits = self.classifier(feat)
        logits = self._upsample(logits, image.shape[2:])
        return logits.argmax(axis=1)


def make():
    np.random.seed(18)
    ms.set_seed(18)
    feat = Tensor(np.random.randn(1, 8, 4, 4).astype(np.float32))
    img = Tensor(np.zeros((1, 3, 16, 16), dtype=np.float32))
    return SegHead(), (feat, img)
