# case: water-body statistics gather water pixels (MNDWI > 0) with ops.masked_select and return their mean and the pixel list -> masked_select output length depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

GREEN, SWIR1 = 1, 4


def mndwi(cube, eps=1e-6):
    g, s = cube[:, GREEN], cube[:, SWIR1]
    return (g - s) / (g + s + eps)


class WaterConfig:
    def __init__(self, threshold=0.0, return_pixels=True):
        self.threshold = threshold
        self.return_pixels = return_pixels


class WaterBodyStats(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.threshold = config.threshold
        self.return_pixels = config.return_pixels

    def construct(self, cube):
        index = mndwi(cube)
        water = ops.masked_select(index, index > self.threshold)
        mean_index = water.mean()
        outputs = (mean_index,) + ((water,) if self.return_pixels else ())
        return outputs


def make():
    np.random.seed(3394)
    cube = Tensor(np.random.rand(2, 6, 16, 16).astype(np.float32))
    return WaterBodyStats(WaterConfig()), (cube,)
