# case: sum flux of pixels above a k-sigma detection threshold using masked_select -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThresholdDetector(nn.Cell):
    def __init__(self, nsigma=3.0):
        super().__init__()
        self.nsigma = nsigma

    def background_stats(self, img):
        mu = img.mean()
        sigma = img.std()
        return mu, sigma

    def construct(self, img):
        mu, sigma = self.background_stats(img)
        thresh = mu + self.nsigma * sigma
        mask = img > thresh
        bright = ops.masked_select(img, mask)
        total_flux = (bright - mu).sum()
        return total_flux, bright


def make():
    np.random.seed(0)
    img = np.random.normal(100.0, 5.0, (16, 16)).astype(np.float32)
    img[4, 5] += 80.0
    img[10, 12] += 60.0
    return ThresholdDetector(), (Tensor(img),)
