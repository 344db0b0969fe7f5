# case: jit-compiled deck lashing check with module-level flags and a Python loop over a fixed set of roll angles -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ROLL_ANGLES_DEG = (5.0, 10.0, 15.0, 20.0)
USE_FRICTION = True
MU = 0.3


@ms.jit
def lashing_demand(vehicle_tonnes, lashing_swl_kn):
    g = 9.81
    worst = ops.zeros_like(vehicle_tonnes)
    for ang in ROLL_ANGLES_DEG:
        rad = ang * np.pi / 180.0
        side = vehicle_tonnes * g * np.sin(rad)
        if USE_FRICTION:
            side = side - MU * vehicle_tonnes * g * np.cos(rad)
        worst = ops.maximum(worst, side)
    util = worst / lashing_swl_kn
    return worst, util


def make():
    np.random.seed(26)
    tonnes = np.random.uniform(1.0, 40.0, 16).astype(np.float32)
    swl = np.full(16, 100.0, np.float32)
    return lashing_demand, (Tensor(tonnes), Tensor(swl))
