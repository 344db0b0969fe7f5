# case: augmentation-style crop mixin keeps points inside an axis-aligned box with boolean-mask indexing xyz[inside] before the encoder -> dynamic (boolean mask indexing)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CropConfig:
    def __init__(self, box_min=(0.1, 0.1, 0.0), box_max=(0.9, 0.9, 1.0), hidden=16, crop=True):
        self.box_min = box_min
        self.box_max = box_max
        self.hidden = hidden
        self.crop = crop


class BoxCropMixin:
    def _crop(self, xyz, feats):
        inside = ops.logical_and(xyz >= self.box_min, xyz <= self.box_max).all(axis=-1)
        return xyz[inside], feats[inside]


class CroppedEncoder(nn.Cell, BoxCropMixin):
    def __init__(self, config, in_channels=4):
        super().__init__()
        self.crop = config.crop
        self.box_min = Tensor(np.array(config.box_min, np.float32))
        self.box_max = Tensor(np.array(config.box_max, np.float32))
        self.fc = nn.Dense(in_channels + 3, config.hidden)

    def construct(self, xyz, feats):
        if self.crop:
            xyz, feats = self._crop(xyz, feats)
        h = ops.relu(self.fc(ops.cat((xyz, feats), axis=-1)))
        return h.max(axis=0)


def make():
    np.random.seed(3499)
    xyz = Tensor(np.random.rand(64, 3).astype(np.float32))
    feats = Tensor(np.random.randn(64, 4).astype(np.float32))
    return CroppedEncoder(CropConfig()), (xyz, feats)
