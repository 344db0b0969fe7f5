# case: test-time multi-scale resize converts a scale tensor to Python ints with int() to get the resize target size -> compile error at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiScaleInfer(nn.Cell):
    def __init__(self, in_ch=3, num_classes=2):
        super().__init__()
        self.backbone = nn.Conv2d(in_ch, num_classes, 3, pad_mode="same", has_bias=True)

    def _scaled_size(self, image, scale):
        h, w = image.shape[2], image.shape[3]
        new_h = int(h * scale)
        new_w = int(w * scale)
        return new_h, new_w

    def construct(self, image, scale):
        new_h, new_w = self._scaled_size(image, scale)
        resized = ops.interpolate(image, size=(new_h, new_w), mode="bilinear")
        logits = self.backbone(resized)
        return ops.interpolate(logits, size=image.shape[2:], mode="bilinear")


def make():
    np.random.seed(20)
    ms.set_seed(20)
    img = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    return MultiScaleInfer(), (img, Tensor(np.float32(1.5)))
