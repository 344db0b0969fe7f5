# case: jit function reshapes a flat hourly irradiance record into days using int() of a tensor holding the hours per day -> shape from tensor value, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def daily_irradiation(hourly_ghi, hours_per_day):
    h = int(hours_per_day)
    days = hourly_ghi.shape[0] // h
    per_day = hourly_ghi.reshape(days, h)
    kwh_m2 = per_day.sum(axis=1) / 1000.0
    peak_sun_hours = kwh_m2
    return peak_sun_hours


def make():
    np.random.seed(27)
    ghi = np.random.uniform(0, 900, size=(72,)).astype(np.float32)
    return daily_irradiation, (Tensor(ghi), Tensor(24, ms.int32))
