# case: jit function reshapes hourly irradiance into days with hours_per_day passed as a plain Python int -> static shapes
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def daily_irradiation(hourly_ghi, hours_per_day=24):
    """Daily irradiation (kWh/m2) and the index of the sunniest day."""
    days = hourly_ghi.shape[0] // hours_per_day
    per_day = hourly_ghi.reshape(days, hours_per_day)
    kwh_m2 = per_day.sum(axis=1) / 1000.0
    best_day = kwh_m2.argmax()
    return kwh_m2, best_day


def make():
    np.random.seed(28)
    ghi = np.random.uniform(0, 900, size=(72,)).astype(np.float32)
    return daily_irradiation, (Tensor(ghi), 24)
