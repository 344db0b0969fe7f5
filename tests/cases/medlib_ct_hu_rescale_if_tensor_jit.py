# case: jit-compiled CT intensity helper rescales Hounsfield units to [0, 1] only if the volume's max exceeds a threshold (a tensor condition), both branches keep the same shape -> tensor control flow with equal shapes, expected to compile in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

HU_MIN = -1000.0
HU_MAX = 1000.0
HU_DETECT = 100.0


def _window(x, lo, hi):
    return (ops.clamp(x, lo, hi) - lo) / (hi - lo)


@ms.jit
def scale_ct_intensity(volume, clip=True):
    vmax = volume.max()
    if vmax > HU_DETECT:
        out = _window(volume, HU_MIN, HU_MAX)
    else:
        out = volume
    if clip:
        out = ops.clamp(out, 0.0, 1.0)
    return out


def make():
    np.random.seed(27)
    vol = Tensor((np.random.rand(1, 1, 8, 8, 8) * 2000 - 1000).astype(np.float32))
    return scale_ct_intensity, (vol,)
