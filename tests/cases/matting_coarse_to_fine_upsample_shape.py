# case: upsamples a low-resolution alpha to the high-resolution image size taken from image.shape and blends with a detail branch -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CoarseToFine(nn.Cell):
    def __init__(self, down=4):
        super().__init__()
        self.down = down
        self.coarse = nn.Conv2d(3, 1, 3, pad_mode="same")
        self.detail = nn.Conv2d(4, 1, 3, pad_mode="same")

    def construct(self, image):
        h, w = image.shape[2], image.shape[3]
        small = ops.interpolate(image, size=(h // self.down, w // self.down), mode="bilinear", align_corners=False)
        coarse = ops.sigmoid(self.coarse(small))
        up = ops.interpolate(coarse, size=(h, w), mode="bilinear", align_corners=False)
        detail = ops.tanh(self.detail(ops.concat((image, up), 1)))
        return ops.clamp(up + 0.1 * detail, 0.0, 1.0)


def make():
    np.random.seed(34)
    image = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    return CoarseToFine(), (image,)
