# case: average SO2 column density over plume pixels using a float mask multiplied in -> fixed shapes, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlumeFluxMasked(nn.Cell):
    def __init__(self, background_du=2.0, wind_speed=6.5, pixel_km=3.5):
        super().__init__()
        self.background_du = background_du
        self.wind_speed = wind_speed
        self.pixel_area = pixel_km * pixel_km

    def construct(self, so2_du):
        enhanced = so2_du - self.background_du
        mask = (enhanced > 0.0).astype(ms.float32)
        plume_sum = (enhanced * mask).sum()
        n_pix = ops.maximum(mask.sum(), 1.0)
        flux = plume_sum * self.pixel_area * self.wind_speed / n_pix
        return flux, mask


def make():
    np.random.seed(22)
    scene = np.abs(np.random.randn(32, 32)).astype(np.float32) * 3.0
    return PlumeFluxMasked(), (Tensor(scene),)
