# case: jit-compiled summary of a tank's temperature logger grid (depth x hour) averaging along an axis chosen by a tensor selector -> reduce axis from tensor data, expect Graph mode error
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def stratification(temps):
    return temps.max() - temps.min()


@ms.jit
def thermal_profile(temps_c, axis_selector):
    axis = int(axis_selector)
    profile = temps_c.mean(axis=axis)
    return profile, stratification(temps_c)


def make():
    np.random.seed(151)
    depth = np.linspace(0.0, 3.0, 6)[:, None]
    hours = np.arange(24)[None, :]
    temps = 26.0 - 0.6 * depth + 0.4 * np.sin(hours / 24.0 * 2 * np.pi) + np.random.randn(6, 24) * 0.05
    return thermal_profile, (Tensor(temps.astype(np.float32)), Tensor(np.array(1, dtype=np.int32)))
