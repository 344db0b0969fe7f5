# case: top-of-atmosphere reflectance correction imports math lazily inside a helper called from construct to convert the solar zenith angle -> import statement inside the graph, expected refused
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RadiometryConfig:
    def __init__(self, sun_zenith_deg=35.0, earth_sun_distance=1.0, quantification=10000.0):
        self.sun_zenith_deg = sun_zenith_deg
        self.earth_sun_distance = earth_sun_distance
        self.quantification = quantification


class TOAReflectance(nn.Cell):
    def __init__(self, config, esun=None):
        super().__init__()
        self.zenith = config.sun_zenith_deg
        self.d = config.earth_sun_distance
        self.q = config.quantification
        esun = esun if esun is not None else np.array([1913.6, 1822.6, 1512.8, 1036.4], np.float32)
        self.esun = Tensor(esun.reshape(1, -1, 1, 1))

    def _cos_zenith(self):
        import math
        return math.cos(math.radians(self.zenith))

    def construct(self, radiance):
        scale = 3.14159265 * self.d * self.d / self._cos_zenith()
        return radiance / self.q * scale / self.esun


def make():
    np.random.seed(3402)
    rad = Tensor((np.random.rand(2, 4, 16, 16) * 3000).astype(np.float32))
    return TOAReflectance(RadiometryConfig()), (rad,)
