# case: ms.jit function estimating gather weight from a radius profile, averaging the last quarter taken with a slice from x.shape -> shape-based slicing, should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

GLASS_DENSITY_G_CM3 = 2.5


@ms.jit
def gather_weight(radii_cm, dz_cm):
    n = radii_cm.shape[0]
    vol = 3.14159265 * radii_cm * radii_cm * dz_cm
    tip = vol[n - n // 4:]
    grams = vol.sum() * GLASS_DENSITY_G_CM3
    return grams, tip.mean() * GLASS_DENSITY_G_CM3


def make():
    np.random.seed(231)
    radii = np.random.uniform(1.0, 4.0, size=(24,)).astype(np.float32)
    return gather_weight, (Tensor(radii), Tensor(np.array(0.5, np.float32)))
