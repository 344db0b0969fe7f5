# case: single-stage detector accepts either one image tensor or a list of multi-scale images, normalising with isinstance(x, Tensor) and running the neck only if one is configured -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PIXEL_MEAN = (123.675, 116.28, 103.53)
PIXEL_STD = (58.395, 57.12, 57.375)


class DetectorConfig:
    with_neck = False
    out_channels = 8
    num_classes = 3


class SingleStageDetector(nn.Cell):
    def __init__(self, config, neck=None):
        super().__init__()
        self.mean = Tensor(np.array(PIXEL_MEAN, np.float32).reshape(1, 3, 1, 1))
        self.std = Tensor(np.array(PIXEL_STD, np.float32).reshape(1, 3, 1, 1))
        self.backbone = nn.Conv2d(3, config.out_channels, 3, stride=2, pad_mode="same")
        self.neck = neck if config.with_neck else None
        self.head = nn.Conv2d(config.out_channels, config.num_classes, 1)

    def extract_feat(self, img):
        x = self.backbone((img - self.mean) / self.std)
        if self.neck is not None:
            x = self.neck(x)
        return x

    def construct(self, imgs):
        if isinstance(imgs, Tensor):
            imgs = (imgs,)
        return tuple(self.head(self.extract_feat(img)) for img in imgs)


def make():
    np.random.seed(3379)
    imgs = [Tensor((np.random.rand(1, 3, 32, 32) * 255).astype(np.float32)),
            Tensor((np.random.rand(1, 3, 48, 48) * 255).astype(np.float32))]
    return SingleStageDetector(DetectorConfig()), (imgs,)
