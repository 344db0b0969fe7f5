# case: finds plant pixel coordinates with nonzero on a binary plant mask and computes their centroid -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlantCentroid(nn.Cell):
    def __init__(self, green_threshold=0.4):
        super().__init__()
        self.green_threshold = green_threshold

    def excess_green(self, rgb):
        r, g, b = rgb[0], rgb[1], rgb[2]
        return 2 * g - r - b

    def construct(self, rgb):
        exg = self.excess_green(rgb)
        mask = exg > self.green_threshold
        coords = ops.nonzero(mask).astype(ms.float32)
        centroid = coords.mean(axis=0)
        return centroid


def make():
    np.random.seed(2)
    rgb = Tensor(np.random.rand(3, 20, 20).astype(np.float32))
    return PlantCentroid(), (rgb,)
