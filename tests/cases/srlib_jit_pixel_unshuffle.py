# case: jitted pixel-unshuffle used to feed RealESRGAN x2 models: reshape/transpose sizes from x.shape and a module-level scale constant -> shape-only arithmetic, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DOWNSCALE = 2


def _check_divisible(h, w, scale):
    if h % scale or w % scale:
        raise ValueError("image size must be divisible by the unshuffle scale")
    return h // scale, w // scale


@ms.jit
def pixel_unshuffle(x):
    b, c, hh, hw = x.shape
    h, w = _check_divisible(hh, hw, DOWNSCALE)
    x = x.view(b, c, h, DOWNSCALE, w, DOWNSCALE)
    return x.transpose(0, 1, 3, 5, 2, 4).reshape(b, c * DOWNSCALE * DOWNSCALE, h, w)


def make():
    np.random.seed(33)
    x = Tensor(np.random.rand(2, 3, 8, 12).astype(np.float32))
    return pixel_unshuffle, (x,)
