# case: maps per-patch counts into sparse/medium/dense level ids with nested ops.where against fixed count thresholds -> elementwise selection, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DensityLevelClassifier(nn.Cell):
    def __init__(self, patch=4, thresholds=(1.0, 3.0)):
        super().__init__()
        self.pool = nn.AvgPool2d(kernel_size=patch, stride=patch)
        self.area = float(patch * patch)
        self.low, self.high = thresholds

    def construct(self, density):
        patch_counts = self.pool(density) * self.area
        zeros = ops.zeros_like(patch_counts)
        level = ops.where(patch_counts > self.high, zeros + 2.0,
                          ops.where(patch_counts > self.low, zeros + 1.0, zeros))
        return level.astype(ms.int32), patch_counts


def make():
    np.random.seed(39)
    dens = np.random.rand(2, 1, 16, 16).astype(np.float32) * 0.3
    return DensityLevelClassifier(), (Tensor(dens),)
