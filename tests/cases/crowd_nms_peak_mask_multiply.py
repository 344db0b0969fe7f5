# case: max-pool NMS on the density map keeps peaks by multiplying with a float mask and counts them with sum -> fixed-size mask, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakMap(nn.Cell):
    def __init__(self, kernel=3, threshold=0.4):
        super().__init__()
        self.pool = nn.MaxPool2d(kernel_size=kernel, stride=1, pad_mode="same")
        self.threshold = threshold

    def construct(self, density):
        pooled = self.pool(density)
        is_max = ops.cast(ops.equal(pooled, density), density.dtype)
        above = ops.cast(density > self.threshold, density.dtype)
        peak_mask = is_max * above
        peaks = density * peak_mask
        num_points = peak_mask.sum(axis=(1, 2, 3))
        return peaks, num_points


def make():
    np.random.seed(31)
    dens = np.random.rand(2, 1, 12, 12).astype(np.float32)
    return PeakMap(), (Tensor(dens),)
