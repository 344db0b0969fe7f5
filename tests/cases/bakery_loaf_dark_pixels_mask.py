# case: pick loaf crust pixels darker than the burn threshold with a boolean mask and average them -> boolean-mask indexing gives a data-dependent shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BurntCrustScore(nn.Cell):
    def __init__(self, burn_level=0.25):
        super().__init__()
        self.burn_level = burn_level
        self.to_gray = nn.Conv2d(3, 1, 1, has_bias=False, weight_init="ones")

    def construct(self, loaf_rgb):
        gray = self.to_gray(loaf_rgb) / 3.0
        flat = gray.reshape(-1)
        dark = flat[flat < self.burn_level]
        burnt_fraction = dark.shape[0] / flat.shape[0]
        return dark.mean(), burnt_fraction


def make():
    np.random.seed(3)
    img = np.random.rand(1, 3, 32, 48).astype(np.float32)
    return BurntCrustScore(), (Tensor(img),)
