# case: nucleus seed detection by local maxima (max-pool equality) then coordinates via nonzero -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeedDetector(nn.Cell):
    def __init__(self, window=5, min_intensity=0.3, smooth=True):
        super().__init__()
        self.local_max = nn.MaxPool2d(kernel_size=window, stride=1, pad_mode="same")
        self.blur = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")
        self.smooth = smooth
        self.min_intensity = min_intensity

    def peak_mask(self, img):
        if self.smooth:
            img = self.blur(img)
        peaks = img == self.local_max(img)
        return ops.logical_and(peaks, img > self.min_intensity)

    def construct(self, img):
        peaks = self.peak_mask(img)[0, 0]
        coords = ops.nonzero(peaks)
        n_seeds = coords.shape[0]
        return coords, n_seeds


def make():
    np.random.seed(1)
    img = np.random.rand(1, 1, 32, 32).astype(np.float32) * 0.2
    for (r, c) in [(5, 6), (12, 20), (25, 9)]:
        img[0, 0, r - 1:r + 2, c - 1:c + 2] += 1.0
    return SeedDetector(), (Tensor(img),)
