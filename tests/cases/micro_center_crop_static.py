# case: centre crop around the image centre with crop size from config and offsets from .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CenterCropNormalize(nn.Cell):
    def __init__(self, crop_size=16, normalize=True, eps=1e-6):
        super().__init__()
        self.crop_size = crop_size
        self.normalize = normalize
        self.eps = eps

    def _offsets(self, h, w):
        size = min(self.crop_size, h, w)
        return (h - size) // 2, (w - size) // 2, size

    def construct(self, stack):
        _, _, h, w = stack.shape
        top, left, size = self._offsets(h, w)
        crop = stack[:, :, top:top + size, left:left + size]
        if self.normalize:
            mean = crop.mean(axis=(2, 3), keep_dims=True)
            std = crop.std(axis=(2, 3), keepdims=True)
            crop = (crop - mean) / (std + self.eps)
        return crop


def make():
    np.random.seed(14)
    stack = np.random.rand(3, 2, 40, 36).astype(np.float32)
    return CenterCropNormalize(), (Tensor(stack),)
