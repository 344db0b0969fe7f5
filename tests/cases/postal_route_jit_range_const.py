# case: @ms.jit route ETA function iterates for i in range(MAX_STOPS) with a module constant and masks stops beyond the tensor stop count -> Python-int loop, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


DWELL_MIN = 2.5
MAX_STOPS = 12


@ms.jit
def route_eta(travel_minutes, n_stops):
    total = ops.zeros((), ms.float32)
    for i in range(MAX_STOPS):
        active = (n_stops > i).astype(ms.float32)
        total = total + (travel_minutes[i] + DWELL_MIN) * active
    return total


def make():
    np.random.seed(152)
    travel = Tensor((np.random.rand(12) * 8 + 1).astype(np.float32))
    n_stops = Tensor(9, ms.int32)
    return route_eta, (travel, n_stops)
