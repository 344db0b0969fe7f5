# case: NormalizeIntensity with nonzero=True computes masked mean/std with multiplication by the foreground mask and clamped voxel counts, channel-wise over a list comprehension -> no data-dependent shapes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MIN_STD = 1e-8


class TransformConfig:
    def __init__(self, nonzero=True, channel_wise=True, dtype=ms.float32):
        self.nonzero = nonzero
        self.channel_wise = channel_wise
        self.dtype = dtype


def masked_mean_std(img, mask):
    n = ops.maximum(mask.sum(), Tensor(1.0, ms.float32))
    mean = (img * mask).sum() / n
    var = (((img - mean) * mask) ** 2).sum() / n
    return mean, ops.sqrt(var)


class NormalizeIntensity(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.nonzero = config.nonzero
        self.channel_wise = config.channel_wise
        self.dtype = config.dtype

    def _normalize(self, img):
        mask = (img != 0).astype(ms.float32) if self.nonzero else ops.ones_like(img)
        mean, std = masked_mean_std(img, mask)
        std = ops.maximum(std, Tensor(MIN_STD, ms.float32))
        return ((img - mean) / std) * mask

    def construct(self, img):
        img = img.astype(self.dtype)
        if self.channel_wise:
            chans = [self._normalize(img[c]) for c in range(img.shape[0])]
            return ops.stack(chans, axis=0)
        return self._normalize(img)


def make():
    np.random.seed(9)
    img = np.random.rand(2, 8, 8, 8).astype(np.float32) * 100
    img[:, :3] = 0
    return NormalizeIntensity(TransformConfig()), (Tensor(img),)
