# case: @ms.jit Penman-style open-water evaporation for brine from net radiation, temperature, humidity and wind, all in tensor ops -> no data-dependent shapes, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

LAMBDA = 2.45     # MJ/kg latent heat of vaporisation
GAMMA = 0.066     # kPa/C psychrometric constant
BRINE_ACTIVITY = 0.75


def sat_vp(t):
    return 0.6108 * ops.exp(17.27 * t / (t + 237.3))


def slope_vp(t):
    return 4098.0 * sat_vp(t) / ops.pow(t + 237.3, 2)


@ms.jit
def penman_brine(rn, temp_c, rh, wind):
    es = sat_vp(temp_c) * BRINE_ACTIVITY
    ea = sat_vp(temp_c) * rh
    delta = slope_vp(temp_c)
    radiative = delta / (delta + GAMMA) * rn / LAMBDA
    aero = GAMMA / (delta + GAMMA) * 6.43 * (1.0 + 0.536 * wind) * ops.relu(es - ea) / LAMBDA
    return radiative + aero


def make():
    np.random.seed(55)
    rn = Tensor(np.random.uniform(10.0, 25.0, size=(30,)).astype(np.float32))
    t = Tensor(np.random.uniform(15.0, 35.0, size=(30,)).astype(np.float32))
    rh = Tensor(np.random.uniform(0.3, 0.7, size=(30,)).astype(np.float32))
    wind = Tensor(np.random.uniform(1.0, 6.0, size=(30,)).astype(np.float32))
    return penman_brine, (rn, t, rh, wind)
