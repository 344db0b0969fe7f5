# case: localizes heads by nonzero() on the thresholded peak mask and rescales the coordinates to image pixels -> dynamic-shape nonzero in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadLocator(nn.Cell):
    def __init__(self, stride=8, thresh=0.5):
        super().__init__()
        self.stride = stride
        self.thresh = thresh
        self.pool = nn.MaxPool2d(kernel_size=3, stride=1, pad_mode="same")

    def peak_mask(self, density):
        pooled = self.pool(density)
        return ops.logical_and(density == pooled, density > self.thresh)

    def construct(self, density):
        mask = self.peak_mask(density)[0, 0]
        coords = ops.nonzero(mask)
        points = coords.astype(ms.float32) * self.stride + self.stride / 2
        return points


def make():
    np.random.seed(2)
    dens = np.random.rand(1, 1, 10, 10).astype(np.float32)
    return HeadLocator(), (Tensor(dens),)
