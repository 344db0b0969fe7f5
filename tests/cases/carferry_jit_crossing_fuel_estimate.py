# case: jit-compiled fuel burn estimate for a crossing from speed profile using cube law and a fixed hotel load -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

RATED_KW = 7200.0
RATED_KN = 17.0
SFOC_G_PER_KWH = 195.0


@ms.jit
def crossing_fuel_tonnes(speed_kn, dt_h, hotel_kw):
    power = RATED_KW * ops.pow(speed_kn / RATED_KN, 3.0) + hotel_kw
    energy_kwh = (power * dt_h).sum(axis=-1)
    return energy_kwh * SFOC_G_PER_KWH / 1e6


def make():
    np.random.seed(24)
    speed = np.random.uniform(8, 17, (4, 30)).astype(np.float32)
    dt = np.full((4, 30), 1.0 / 30.0, np.float32)
    return crossing_fuel_tonnes, (Tensor(speed), Tensor(dt), Tensor(np.float32(650.0)))
