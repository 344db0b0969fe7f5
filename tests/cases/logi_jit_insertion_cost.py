# case: a jit function computes the cheapest position to insert a new stop into a route of fixed length using shifted slices -> slices from static shapes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

CONFIG = {"detour_weight": 1.0, "time_weight": 0.25}


@ms.jit
def best_insertion(route, new_stop):
    a = route[:-1]
    b = route[1:]
    d_ab = ops.norm(b - a, dim=1)
    d_an = ops.norm(a - new_stop.reshape(1, 2), dim=1)
    d_nb = ops.norm(b - new_stop.reshape(1, 2), dim=1)
    detour = d_an + d_nb - d_ab
    cost = CONFIG["detour_weight"] * detour + CONFIG["time_weight"] * d_an
    pos = ops.argmin(cost)
    return pos + 1, cost


def make():
    np.random.seed(39)
    route = Tensor(np.random.uniform(0, 10, size=(7, 2)).astype(np.float32))
    new_stop = Tensor(np.array([4.0, 6.0], dtype=np.float32))
    return best_insertion, (route, new_stop)
