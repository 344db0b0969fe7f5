# case: burnt-crust fraction of a loaf image via a 0/1 mask multiplied into the pixels -> static, mask used arithmetically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BurntCrustRatio(nn.Cell):
    def __init__(self, burn_level=0.25):
        super().__init__()
        self.burn_level = burn_level
        self.to_gray = nn.Conv2d(3, 1, 1, has_bias=False, weight_init="ones")

    def construct(self, loaf_rgb):
        gray = self.to_gray(loaf_rgb) / 3.0
        mask = (gray < self.burn_level).astype(ms.float32)
        n_dark = mask.sum()
        dark_mean = (gray * mask).sum() / ops.maximum(n_dark, 1.0)
        ratio = n_dark / gray.size
        return dark_mean, ratio


def make():
    np.random.seed(4)
    img = np.random.rand(2, 3, 32, 48).astype(np.float32)
    return BurntCrustRatio(), (Tensor(img),)
