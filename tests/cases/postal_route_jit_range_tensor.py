# case: @ms.jit route ETA function iterates for i in range(n_stops) with n_stops a tensor, accumulating dwell plus travel minutes -> loop count from tensor value, rejected or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


DWELL_MIN = 2.5


@ms.jit
def route_eta(travel_minutes, n_stops):
    total = ops.zeros((), ms.float32)
    for i in range(n_stops):
        total = total + travel_minutes[i] + DWELL_MIN
    return total


def make():
    np.random.seed(151)
    travel = Tensor((np.random.rand(12) * 8 + 1).astype(np.float32))
    n_stops = Tensor(9, ms.int32)
    return route_eta, (travel, n_stops)
