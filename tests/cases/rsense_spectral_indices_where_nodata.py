# case: NDVI/NDWI/NBR feature stack with nodata handled by ops.where and masked means via sums -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpectralIndexStack(nn.Cell):
    """Sentinel-2 style index features; band positions follow the sensor layout."""

    def __init__(self, band_index=None, nodata=0.0, eps=1e-6):
        super().__init__()
        if band_index is None:
            band_index = {"green": 1, "red": 2, "nir": 3, "swir2": 5}
        self.bi = band_index
        self.nodata = nodata
        self.eps = eps

    def norm_diff(self, a, b):
        return (a - b) / (a + b + self.eps)

    def construct(self, scene):
        valid = (scene != self.nodata).all(axis=1)
        ndvi = self.norm_diff(scene[:, self.bi["nir"]], scene[:, self.bi["red"]])
        ndwi = self.norm_diff(scene[:, self.bi["green"]], scene[:, self.bi["nir"]])
        nbr = self.norm_diff(scene[:, self.bi["nir"]], scene[:, self.bi["swir2"]])
        stack = ops.stack((ndvi, ndwi, nbr), axis=1)
        fill = ops.zeros_like(stack)
        stack = ops.where(valid.expand_dims(1), stack, fill)
        weight = valid.astype(ms.float32).expand_dims(1)
        mean = stack.sum(axis=(2, 3)) / (weight.sum(axis=(2, 3)) + self.eps)
        return stack, mean


def make():
    np.random.seed(30)
    scene = np.random.rand(2, 6, 10, 10).astype(np.float32) + 0.01
    scene[:, :, :2, :] = 0.0
    return SpectralIndexStack(), (Tensor(scene),)
