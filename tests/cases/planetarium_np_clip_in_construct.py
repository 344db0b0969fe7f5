# case: star sprite renderer clamps sprite radius with np.clip applied to a tensor inside construct -> numpy function on a tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StarSpriteSizer(nn.Cell):
    def __init__(self, min_px=1.0, max_px=6.0, ref_mag=6.0):
        super().__init__()
        self.min_px = min_px
        self.max_px = max_px
        self.ref_mag = ref_mag

    def construct(self, magnitudes):
        radius = 0.8 * (self.ref_mag - magnitudes) + 1.0
        radius = np.clip(radius, self.min_px, self.max_px)
        alpha = ops.sigmoid(Tensor(radius) - 2.0)
        return Tensor(radius), alpha


def make():
    np.random.seed(343)
    mags = Tensor(np.random.uniform(-1.5, 6.5, size=(128,)).astype(np.float32))
    return StarSpriteSizer(), (mags,)
