# case: colour jitter (brightness, contrast, saturation) with per-sample factors from ops.uniform and grayscale blend -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def blend(img1, img2, ratio):
    return ops.clamp(ratio * img1 + (1.0 - ratio) * img2, 0.0, 1.0)


class ColorJitter(nn.Cell):
    def __init__(self, brightness=0.4, contrast=0.4, saturation=0.4):
        super().__init__()
        self.brightness = brightness
        self.contrast = contrast
        self.saturation = saturation
        self.gray_weights = Tensor(np.array([0.299, 0.587, 0.114], np.float32).reshape(1, 3, 1, 1))

    def factor(self, n, amount):
        return ops.uniform((n, 1, 1, 1), Tensor(1.0 - amount), Tensor(1.0 + amount))

    def grayscale(self, img):
        return (img * self.gray_weights).sum(axis=1, keepdims=True)

    def construct(self, img):
        n = img.shape[0]
        if self.brightness > 0:
            img = blend(img, ops.zeros_like(img), self.factor(n, self.brightness))
        if self.contrast > 0:
            mean = self.grayscale(img).mean(axis=(1, 2, 3), keep_dims=True)
            img = blend(img, ops.broadcast_to(mean, img.shape), self.factor(n, self.contrast))
        if self.saturation > 0:
            gray = ops.broadcast_to(self.grayscale(img), img.shape)
            img = blend(img, gray, self.factor(n, self.saturation))
        return img


def make():
    np.random.seed(10)
    x = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    return ColorJitter(), (x,)
