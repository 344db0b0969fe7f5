# case: jit-compiled summary of a tank's temperature logger grid giving the depth profile and diurnal profile with constant axes -> constant reduce axes, expect static compile
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

DEPTH_AXIS = 0
HOUR_AXIS = 1


def stratification(temps):
    return temps.max() - temps.min()


@ms.jit
def thermal_profile(temps_c):
    depth_profile = temps_c.mean(axis=HOUR_AXIS)
    diurnal = temps_c.mean(axis=DEPTH_AXIS)
    swing = diurnal.max() - diurnal.min()
    return depth_profile, swing, stratification(temps_c)


def make():
    np.random.seed(152)
    depth = np.linspace(0.0, 3.0, 6)[:, None]
    hours = np.arange(24)[None, :]
    temps = 26.0 - 0.6 * depth + 0.4 * np.sin(hours / 24.0 * 2 * np.pi) + np.random.randn(6, 24) * 0.05
    return thermal_profile, (Tensor(temps.astype(np.float32)),)
