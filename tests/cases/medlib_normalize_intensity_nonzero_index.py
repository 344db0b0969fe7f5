# case: NormalizeIntensity transform Cell with nonzero=True computes mean/std only over nonzero voxels via boolean-mask indexing img[img != 0] -> data-dependent shape from mask indexing, expected dynamic or rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TransformConfig:
    def __init__(self, nonzero=True, channel_wise=False, subtrahend=None, divisor=None):
        self.nonzero = nonzero
        self.channel_wise = channel_wise
        self.subtrahend = subtrahend
        self.divisor = divisor


class Transform(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config

    def _stats(self, img):
        return img.mean(), img.std()


class NormalizeIntensity(Transform):
    def __init__(self, config):
        super().__init__(config)
        self.nonzero = config.nonzero
        self.subtrahend = config.subtrahend
        self.divisor = config.divisor

    def _stats(self, img):
        if self.nonzero:
            vals = img[img != 0]
            return vals.mean(), vals.std()
        return super()._stats(img)

    def construct(self, img):
        mean, std = self._stats(img)
        if self.subtrahend is not None:
            mean = self.subtrahend
        if self.divisor is not None:
            std = self.divisor
        std = ops.maximum(std, Tensor(1e-8, ms.float32))
        out = (img - mean) / std
        if self.nonzero:
            out = out * (img != 0).astype(out.dtype)
        return out


def make():
    np.random.seed(8)
    img = np.random.rand(1, 8, 8, 8).astype(np.float32) * 100
    img[:, :2] = 0
    return NormalizeIntensity(TransformConfig()), (Tensor(img),)
