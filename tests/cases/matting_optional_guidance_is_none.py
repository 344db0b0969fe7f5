# case: matting head takes an optional trimap guidance and tests it with is None before concatenating -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GuidedMattingHead(nn.Cell):
    def __init__(self, in_ch=3):
        super().__init__()
        self.with_guide = nn.Conv2d(in_ch + 1, 1, 3, pad_mode="same")
        self.no_guide = nn.Conv2d(in_ch, 1, 3, pad_mode="same")

    def construct(self, image, guidance=None):
        if guidance is None:
            logits = self.no_guide(image)
        else:
            logits = self.with_guide(ops.concat((image, guidance), 1))
        return ops.sigmoid(logits)


def make():
    np.random.seed(27)
    image = Tensor(np.random.rand(1, 3, 12, 12).astype(np.float32))
    guide = Tensor(np.random.rand(1, 1, 12, 12).astype(np.float32))
    return GuidedMattingHead(), (image, guide)
