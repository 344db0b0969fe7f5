# case: keeps 2x2 sum-pooling the density map in a while loop until the densest cell reaches a per-cell count threshold -> loop on tensor value changes the map shape each iteration in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveCoarsener(nn.Cell):
    def __init__(self, max_per_cell=1.5, min_size=2):
        super().__init__()
        self.max_per_cell = max_per_cell
        self.min_size = min_size
        self.pool = nn.AvgPool2d(kernel_size=2, stride=2)

    def coarsen(self, density):
        return self.pool(density) * 4.0

    def construct(self, density):
        level = 0
        while density.max() < self.max_per_cell:
            density = self.pool(density) * 4.0
            level += 1
        return density, level


def make():
    np.random.seed(13)
    dens = np.random.rand(1, 1, 16, 16).astype(np.float32) * 0.2
    return AdaptiveCoarsener(), (Tensor(dens),)
