# case: jit function reshapes an hourly flow record into days using a day count computed from a tensor (int of a tensor) before a baseflow minimum -> reshape to a value-dependent shape
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

HOURS_PER_DAY = 24


@ms.jit
def daily_min_baseflow(hourly_flow, record_hours):
    # only complete days of the telemetry record are used
    n_days = int(record_hours // HOURS_PER_DAY)
    daily = hourly_flow[:n_days * HOURS_PER_DAY].reshape((n_days, HOURS_PER_DAY))
    baseflow = daily.min(axis=1)
    return baseflow, baseflow.mean()


def make():
    np.random.seed(32)
    flow = np.random.uniform(3.0, 15.0, size=(80,)).astype(np.float32)
    hours = Tensor(np.int32(72))
    return daily_min_baseflow, (Tensor(flow), hours)
