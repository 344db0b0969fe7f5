# case: jit function ranks haul trucks by cycle time with ops.sort -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def cycle_time(dist_km, speed_kmh, load_min, dump_min):
    return dist_km / speed_kmh * 120.0 + load_min + dump_min


@ms.jit
def rank_trucks(dist_km, speed_kmh, load_min):
    ct = cycle_time(dist_km, speed_kmh, load_min, 1.5)
    sorted_ct, order = ops.sort(ct)
    first_three = order[:3]
    return order, sorted_ct, first_three


def make():
    np.random.seed(192)
    dist = Tensor(np.random.uniform(0.8, 3.0, 7).astype(np.float32))
    speed = Tensor(np.random.uniform(18, 30, 7).astype(np.float32))
    load = Tensor(np.random.uniform(3, 6, 7).astype(np.float32))
    return rank_trucks, (dist, speed, load)
