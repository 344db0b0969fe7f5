# case: looks up the SWIR band by name in a dict and falls back to NIR inside try/except in construct -> error because try/except is not supported in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SENSOR_BANDS = {"blue": 0, "green": 1, "red": 2, "nir": 3}


class MoistureIndex(nn.Cell):
    def __init__(self, bands=None):
        super().__init__()
        self.bands = bands if bands is not None else SENSOR_BANDS

    def construct(self, cube):
        nir = cube[self.bands["nir"]]
        try:
            swir = cube[self.bands["swir1"]]
        except KeyError:
            swir = cube[self.bands["red"]]
        return (nir - swir) / (nir + swir + 1e-6)


def make():
    np.random.seed(15)
    cube = Tensor(np.random.rand(4, 10, 10).astype(np.float32))
    return MoistureIndex(), (cube,)
