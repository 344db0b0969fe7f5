# case: @ms.jit ADA-style augmentation (x-flip and brightness) whose probabilities come from a module-level @ms.jit_class config that is only read, masks applied by multiplication -> fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class AugmentConfig:
    def __init__(self, xflip=1.0, brightness=1.0, brightness_std=0.2):
        self.xflip = xflip
        self.brightness = brightness
        self.brightness_std = brightness_std


AUG = AugmentConfig()


def _batch_mask(n, prob):
    return (ops.rand((n, 1, 1, 1)) < prob).astype(ms.float32)


@ms.jit
def augment_pipe(images, p):
    n = images.shape[0]
    if AUG.xflip > 0:
        m = _batch_mask(n, AUG.xflip * p)
        images = m * ops.flip(images, (3,)) + (1 - m) * images
    if AUG.brightness > 0:
        m = _batch_mask(n, AUG.brightness * p)
        images = images + m * ops.standard_normal((n, 1, 1, 1)) * AUG.brightness_std
    return images


def make():
    np.random.seed(3579)
    images = Tensor(np.random.randn(4, 3, 8, 8).astype(np.float32))
    p = Tensor(np.array(0.6, np.float32))
    return augment_pipe, (images, p)
