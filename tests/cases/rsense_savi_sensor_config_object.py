# case: computes SAVI with band positions and soil factor read from a plain Python sensor config object stored at init -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SensorConfig:
    def __init__(self, name, red, nir, soil_l=0.5, scale=1.0):
        self.name = name
        self.red = red
        self.nir = nir
        self.soil_l = soil_l
        self.scale = scale


LANDSAT8 = SensorConfig("landsat8", red=3, nir=4, soil_l=0.5, scale=2.75e-5)


class SAVI(nn.Cell):
    def __init__(self, cfg=LANDSAT8):
        super().__init__()
        self.cfg = cfg

    def construct(self, dn):
        refl = dn * self.cfg.scale
        red = refl[self.cfg.red]
        nir = refl[self.cfg.nir]
        l = self.cfg.soil_l
        return (1.0 + l) * (nir - red) / (nir + red + l)


def make():
    np.random.seed(41)
    dn = Tensor(np.random.randint(7000, 30000, size=(7, 10, 10)).astype(np.float32))
    return SAVI(), (dn,)
