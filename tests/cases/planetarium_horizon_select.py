# case: zero out stars below the dome horizon with ops.select before summing alt-weighted brightness -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def altitude_deg(dec, hour_angle, latitude):
    rad = np.pi / 180.0
    sin_alt = ops.sin(dec * rad) * np.sin(latitude * rad) + \
        ops.cos(dec * rad) * np.cos(latitude * rad) * ops.cos(hour_angle * rad)
    return ops.asin(ops.clamp(sin_alt, -1.0, 1.0)) / rad


class HorizonCull(nn.Cell):
    def __init__(self, latitude=52.0, min_alt=0.0):
        super().__init__()
        self.latitude = latitude
        self.min_alt = min_alt

    def construct(self, dec, hour_angle, flux):
        alt = altitude_deg(dec, hour_angle, self.latitude)
        above = alt > self.min_alt
        weight = ops.sin(alt * (np.pi / 180.0))
        contrib = ops.select(above, flux * weight, ops.zeros_like(flux))
        return ops.reduce_sum(contrib)


def make():
    np.random.seed(326)
    n = 300
    dec = Tensor(np.random.uniform(-60, 89, n).astype(np.float32))
    ha = Tensor(np.random.uniform(-180, 180, n).astype(np.float32))
    flux = Tensor(np.random.exponential(1.0, n).astype(np.float32))
    return HorizonCull(), (dec, ha, flux)
