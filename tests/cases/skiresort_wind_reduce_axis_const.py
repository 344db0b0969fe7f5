# case: a jitted helper sums wind-station readings per station and per hour with constant axes -> expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

STATION_AXIS = 0
HOUR_AXIS = 1


@ms.jit
def wind_totals_both(gusts):
    per_station = ops.reduce_sum(gusts, HOUR_AXIS) / gusts.shape[HOUR_AXIS]
    per_hour = ops.reduce_sum(gusts, STATION_AXIS) / gusts.shape[STATION_AXIS]
    gust_flag = ops.select(per_hour > 15.0, ops.ones_like(per_hour), ops.zeros_like(per_hour))
    return per_station, per_hour, gust_flag


def make():
    np.random.seed(182)
    gusts = Tensor(np.random.uniform(0, 30, (8, 24)).astype(np.float32))
    return wind_totals_both, (gusts,)
