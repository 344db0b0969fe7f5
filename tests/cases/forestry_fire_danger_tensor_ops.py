# case: fire danger index computed per tile entirely with tensor ops, the drought factor log taken with math on a Python constant in __init__ -> static shapes, compiles fine
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FireDangerIndex(nn.Cell):
    """Simplified McArthur-style forest fire danger index per grid tile."""

    def __init__(self, drought_factor=7.0, clip_max=150.0):
        super().__init__()
        self.log_df = 0.987 * math.log(drought_factor)
        self.clip_max = clip_max

    def rating(self, ffdi):
        return ops.clip_by_value(ffdi, Tensor(0.0, ms.float32), Tensor(self.clip_max, ms.float32))

    def construct(self, temp_c, rel_humidity, wind_kmh):
        expo = -0.45 + self.log_df - 0.0345 * rel_humidity + 0.0338 * temp_c + 0.0234 * wind_kmh
        ffdi = 2.0 * ops.exp(expo)
        extreme = (ffdi > 75.0).astype(ms.float32).mean()
        return self.rating(ffdi), extreme


def make():
    np.random.seed(6)
    temp = Tensor(np.random.uniform(20, 40, (4, 4)).astype(np.float32))
    rh = Tensor(np.random.uniform(10, 60, (4, 4)).astype(np.float32))
    wind = Tensor(np.random.uniform(5, 50, (4, 4)).astype(np.float32))
    return FireDangerIndex(), (temp, rh, wind)
