# case: jit function aggregates a door-sensor cube over a module-level constant axis and returns per-door and per-stop profiles -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

STOP_AXIS = 0
DOOR_AXIS = 1
CAPACITY = 214.0


@ms.jit
def door_and_stop_profile(counts):
    occ = counts / CAPACITY
    per_door = occ.sum(axis=STOP_AXIS)
    per_stop = occ.sum(axis=DOOR_AXIS)
    return per_door / per_door.max(), per_stop / per_stop.max()


def make():
    np.random.seed(3095)
    c = np.random.poisson(5, size=(12, 8)).astype(np.float32)
    return door_and_stop_profile, (Tensor(c),)
