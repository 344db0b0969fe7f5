# case: colour jitter applies transforms in an order given by ops.randperm, iterating over the tensor and indexing a Python list of functions -> compile error at line 32
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def adjust_brightness(img, f):
    return ops.clamp(img * f, 0.0, 1.0)


def adjust_contrast(img, f):
    mean = img.mean(axis=(-3, -2, -1), keep_dims=True)
    return ops.clamp((img - mean) * f + mean, 0.0, 1.0)


def adjust_gamma(img, f):
    return ops.pow(ops.clamp(img, 1e-6, 1.0), f)


class ShuffledColorJitter(nn.Cell):
    def __init__(self, strength=0.3):
        super().__init__()
        self.strength = strength
        self.transforms = [adjust_brightness, adjust_contrast, adjust_gamma]

    def sample_factor(self):
        return ops.uniform((1,), Tensor(1.0 - self.strength), Tensor(1.0 + self.strength))

    def construct(self, img):
        order = ops.randperm(len(self.transforms), dtype=ms.int32)
        for idx in order:
            fn = self.transforms[int(idx)]
            img = fn(img, self.sample_factor())
        return img


def make():
    np.random.seed(11)
    x = Tensor(np.random.rand(3, 8, 8).astype(np.float32))
    return ShuffledColorJitter(), (x,)
