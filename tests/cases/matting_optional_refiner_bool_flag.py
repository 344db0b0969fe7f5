# case: portrait matting net whose refinement branch is switched by a Python bool constructor flag -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PortraitMattingNet(nn.Cell):
    def __init__(self, use_refiner=True, base=8):
        super().__init__()
        self.use_refiner = use_refiner
        self.encoder = nn.SequentialCell(nn.Conv2d(3, base, 3, stride=2, pad_mode="same"), nn.ReLU())
        self.decoder = nn.Conv2d(base, 1, 3, pad_mode="same")
        self.refiner = nn.Conv2d(4, 1, 3, pad_mode="same")

    def construct(self, image):
        feat = self.encoder(image)
        coarse = ops.sigmoid(self.decoder(feat))
        alpha = ops.interpolate(coarse, size=image.shape[2:], mode="bilinear", align_corners=False)
        if self.use_refiner:
            alpha = ops.sigmoid(self.refiner(ops.concat((image, alpha), 1)))
        return alpha


def make():
    np.random.seed(26)
    image = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    return PortraitMattingNet(), (image,)
