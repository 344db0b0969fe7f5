# case: average SO2 column density over plume pixels selected by a boolean mask -> boolean-mask indexing gives a data-dependent shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlumeFluxEstimator(nn.Cell):
    def __init__(self, background_du=2.0, wind_speed=6.5, pixel_km=3.5):
        super().__init__()
        self.background_du = background_du
        self.wind_speed = wind_speed
        self.pixel_km = pixel_km

    def construct(self, so2_du):
        # so2_du: (rows, cols) Dobson units from a UV camera / satellite scene
        enhanced = so2_du - self.background_du
        plume = enhanced[enhanced > 0.0]
        column_mass = plume.sum() * self.pixel_km * self.pixel_km
        flux = column_mass * self.wind_speed / plume.shape[0]
        return flux


def make():
    np.random.seed(21)
    scene = np.abs(np.random.randn(32, 32)).astype(np.float32) * 3.0
    return PlumeFluxEstimator(), (Tensor(scene),)
