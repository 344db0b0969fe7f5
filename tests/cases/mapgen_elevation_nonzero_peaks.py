# case: DEM tile finds cells above an elevation threshold with ops.nonzero and gathers their heights -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HighGroundExtractor(nn.Cell):
    def __init__(self, threshold_m=120.0):
        super().__init__()
        self.threshold_m = threshold_m

    def construct(self, dem):
        above = dem > self.threshold_m
        coords = ops.nonzero(above)
        heights = ops.gather_nd(dem, coords)
        rel = heights - self.threshold_m
        return coords, rel.sum()


def make():
    np.random.seed(4)
    dem = np.random.uniform(50, 200, size=(12, 12)).astype(np.float32)
    return HighGroundExtractor(), (Tensor(dem),)
