# case: estimates mean foreground/background colors by boolean-mask indexing the HWC image and recolors the unknown band -> boolean indexing gives dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ColorPriorComposer(nn.Cell):
    def __init__(self, fg_thr=0.95, bg_thr=0.05):
        super().__init__()
        self.fg_thr = fg_thr
        self.bg_thr = bg_thr

    def mean_color(self, pixels):
        return pixels.mean(axis=0)

    def construct(self, image, alpha):
        # image: (H, W, 3), alpha: (H, W)
        fg_pixels = image[alpha > self.fg_thr]
        bg_pixels = image[alpha < self.bg_thr]
        fg_color = self.mean_color(fg_pixels)
        bg_color = self.mean_color(bg_pixels)
        a = alpha.expand_dims(-1)
        return a * fg_color + (1.0 - a) * bg_color


def make():
    np.random.seed(7)
    image = Tensor(np.random.rand(12, 12, 3).astype(np.float32))
    alpha = np.random.rand(12, 12).astype(np.float32)
    alpha[:3] = 1.0
    alpha[-3:] = 0.0
    return ColorPriorComposer(), (image, Tensor(alpha))
