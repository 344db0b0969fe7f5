# case: finds cloud-free pixel coordinates with nonzero on a brightness test and gathers their spectra -> dynamic shape from nonzero/gather_nd
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CloudTest(nn.Cell):
    def __init__(self, blue_band=0, brightness=0.6):
        super().__init__()
        self.blue_band = blue_band
        self.brightness = brightness

    def construct(self, cube):
        return cube[self.blue_band] < self.brightness


class ClearSkySpectra(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cloud_test = CloudTest()

    def construct(self, cube):
        clear = self.cloud_test(cube)
        coords = ops.nonzero(clear)
        pixels = cube.transpose(1, 2, 0)
        spectra = ops.gather_nd(pixels, coords)
        return spectra.mean(axis=0)


def make():
    np.random.seed(1)
    cube = Tensor(np.random.rand(5, 12, 12).astype(np.float32))
    return ClearSkySpectra(), (cube,)
