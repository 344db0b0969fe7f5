# case: DEM tile zeroes cells below an elevation threshold with ops.where and sums relative height -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HighGroundExtractor(nn.Cell):
    def __init__(self, threshold_m=120.0, smooth=True):
        super().__init__()
        self.threshold_m = threshold_m
        self.smooth = smooth
        self.pool = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, dem):
        if self.smooth:
            dem = self.pool(dem.expand_dims(0).expand_dims(0)).squeeze(0).squeeze(0)
        above = dem > self.threshold_m
        rel = ops.where(above, dem - self.threshold_m, ops.zeros_like(dem))
        frac_high = above.astype(ms.float32).mean()
        return rel, rel.sum(), frac_high


def make():
    np.random.seed(4)
    dem = np.random.uniform(50, 200, size=(12, 12)).astype(np.float32)
    return HighGroundExtractor(), (Tensor(dem),)
