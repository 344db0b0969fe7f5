# case: local height-map crop centred on the grid using a centre index computed from heights.shape (looks like a position-derived index) and a Conv2d subclass encoder with masked_fill of missing cells -> static graph is fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MISSING = -99.0


class MapConfig:
    crop = 8
    channels = 4
    pad_mode = "same"


class HeightConv(nn.Conv2d):
    def __init__(self, config):
        super().__init__(1, config.channels, kernel_size=3, pad_mode=config.pad_mode, has_bias=True)

    def construct(self, x):
        return ops.relu(super().construct(x))


class CenterCropEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.half = config.crop // 2
        self.conv = HeightConv(config)

    def construct(self, height_map):
        cy, cx = height_map.shape[-2] // 2, height_map.shape[-1] // 2
        crop = height_map[:, cy - self.half:cy + self.half, cx - self.half:cx + self.half]
        crop = ops.masked_fill(crop, crop < MISSING + 1.0, Tensor(0.0, crop.dtype))
        feats = self.conv(crop.expand_dims(1))
        return feats.mean(axis=(2, 3))


def make():
    np.random.seed(32)
    hm = np.random.uniform(-0.2, 0.2, size=(2, 20, 20)).astype(np.float32)
    hm[0, 9, 9] = MISSING
    return CenterCropEncoder(MapConfig()), (Tensor(hm),)
