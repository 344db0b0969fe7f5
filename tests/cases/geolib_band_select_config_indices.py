# case: Sentinel-2 band subset (RGB+NIR) chosen by name in the config, indices resolved in __init__ and gathered in construct -> static constant indices, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

S2_BANDS = ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B11", "B12")


def resolve_band_indices(names, catalogue=S2_BANDS):
    return tuple(catalogue.index(n) for n in names)


class BandConfig:
    bands = ("B04", "B03", "B02", "B08")
    scale = 1.0 / 10000.0
    clip_reflectance = True


class BandSubset(nn.Cell):
    def __init__(self, config, band_axis=1):
        super().__init__()
        self.index = Tensor(np.array(resolve_band_indices(config.bands), np.int32))
        self.scale = config.scale
        self.clip = config.clip_reflectance
        self.band_axis = band_axis

    def construct(self, dn):
        refl = ops.gather(dn, self.index, self.band_axis) * self.scale
        if self.clip:
            refl = ops.clamp(refl, 0.0, 1.0)
        return refl


def make():
    np.random.seed(3372)
    dn = Tensor((np.random.rand(2, 12, 32, 32) * 12000).astype(np.float32))
    return BandSubset(BandConfig()), (dn,)
