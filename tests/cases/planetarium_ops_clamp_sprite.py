# case: star sprite renderer clamps sprite radius with ops.clamp and derives alpha -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def magnitude_to_radius(mag, ref_mag, scale=0.8):
    return scale * (ref_mag - mag) + 1.0


class StarSpriteSizer(nn.Cell):
    def __init__(self, min_px=1.0, max_px=6.0, ref_mag=6.0):
        super().__init__()
        self.min_px = min_px
        self.max_px = max_px
        self.ref_mag = ref_mag

    def construct(self, magnitudes):
        radius = magnitude_to_radius(magnitudes, self.ref_mag)
        radius = ops.clamp(radius, self.min_px, self.max_px)
        alpha = ops.sigmoid(radius - 2.0)
        return radius, alpha


def make():
    np.random.seed(344)
    mags = Tensor(np.random.uniform(-1.5, 6.5, size=(128,)).astype(np.float32))
    return StarSpriteSizer(), (mags,)
