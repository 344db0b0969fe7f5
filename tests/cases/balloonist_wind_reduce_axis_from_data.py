# case: average the wind grid along an axis chosen by the sounding mode flag tensor (0=by layer, 1=by time) -> reduce axis from tensor value, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def shear_of(profile):
    return profile[1:] - profile[:-1]


@ms.jit
def sounding_mean(wind_grid, mode):
    axis = int(mode)
    mean = wind_grid.mean(axis=axis)
    return mean, ops.abs(shear_of(mean)).max()


def make():
    np.random.seed(181)
    grid = Tensor(np.random.randn(6, 6).astype(np.float32))
    mode = Tensor(np.array(1, dtype=np.int32))
    return sounding_mean, (grid, mode)
