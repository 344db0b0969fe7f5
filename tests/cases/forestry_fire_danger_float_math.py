# case: fire danger index converts mean temperature and humidity tensors to Python floats and uses math.exp -> error or host fallback in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FireDangerIndex(nn.Cell):
    """Simplified McArthur-style forest fire danger index per grid tile."""

    def __init__(self, drought_factor=7.0):
        super().__init__()
        self.drought_factor = drought_factor

    def construct(self, temp_c, rel_humidity, wind_kmh):
        t_mean = float(temp_c.mean())
        rh_mean = float(rel_humidity.mean())
        base = 2.0 * math.exp(-0.45 + 0.987 * math.log(self.drought_factor)
                              - 0.0345 * rh_mean + 0.0338 * t_mean)
        ffdi = base * ops.exp(0.0234 * wind_kmh)
        return ffdi


def make():
    np.random.seed(6)
    temp = Tensor(np.random.uniform(20, 40, (4, 4)).astype(np.float32))
    rh = Tensor(np.random.uniform(10, 60, (4, 4)).astype(np.float32))
    wind = Tensor(np.random.uniform(5, 50, (4, 4)).astype(np.float32))
    return FireDangerIndex(), (temp, rh, wind)
