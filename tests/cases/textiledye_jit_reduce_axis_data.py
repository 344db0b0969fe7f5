# case: jit function averaging reflectance over either the swatch axis or the wavelength axis, with the axis taken from a tensor flag -> reduce axis from tensor value, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def mean_reflectance(refl, axis_flag):
    axis = int(axis_flag)
    avg = refl.mean(axis=axis)
    return avg * 100.0


def make():
    np.random.seed(46)
    refl = np.clip(np.random.rand(6, 31), 0.02, 0.98).astype(np.float32)
    return mean_reflectance, (Tensor(refl), Tensor(np.int32(0)))
