# case: drops nodata pixels (value -9999) with boolean-mask indexing before per-band means -> dynamic shape from boolean indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NODATA = -9999.0


class ValidPixelStats(nn.Cell):
    def __init__(self, nodata=NODATA):
        super().__init__()
        self.nodata = nodata

    def construct(self, cube):
        pixels = cube.reshape(cube.shape[0], -1).T
        valid = pixels[:, 0] != self.nodata
        good = pixels[valid]
        return good.mean(axis=0), good.std(axis=0)


def make():
    np.random.seed(8)
    cube = np.random.rand(4, 10, 10).astype(np.float32)
    cube[:, :3, :4] = NODATA
    return ValidPixelStats(), (Tensor(cube),)
