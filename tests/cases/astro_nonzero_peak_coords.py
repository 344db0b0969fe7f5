# case: return pixel coordinates of local peaks found via ops.nonzero on a peak mask -> dynamic shape (nonzero)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakFinder(nn.Cell):
    def __init__(self, threshold=20.0, box=3):
        super().__init__()
        self.threshold = threshold
        self.pool = nn.MaxPool2d(kernel_size=box, stride=1, pad_mode="same")

    def local_max(self, img):
        x = img.reshape(1, 1, img.shape[0], img.shape[1])
        pooled = self.pool(x).reshape(img.shape)
        return ops.logical_and(img == pooled, img > self.threshold)

    def construct(self, img):
        peaks = self.local_max(img)
        coords = ops.nonzero(peaks)
        fluxes = ops.gather_nd(img, coords)
        return coords, fluxes


def make():
    np.random.seed(1)
    img = np.abs(np.random.normal(0.0, 3.0, (20, 20))).astype(np.float32)
    for (y, x, f) in [(3, 4, 50.0), (12, 15, 70.0), (17, 2, 40.0)]:
        img[y, x] += f
    return PeakFinder(), (Tensor(img),)
